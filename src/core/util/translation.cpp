#include "util/translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace sb {

Translation Translation::source() {
    Translation t;
    t.m_mode = Mode::Explicit;
    return t;
}

Translation Translation::of(const QTranslator *translator) {
    Translation t;
    t.m_mode = Mode::Explicit;
    t.m_translator = translator;
    return t;
}

QString Translation::text(const char *context, const char *sourceText, const char *disambiguation,
                          int n) const {
    if (m_mode == Mode::Interface)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    QString out;
    if (m_translator)
        out = m_translator->translate(context, sourceText, disambiguation, n);
    if (out.isNull())
        out = QString::fromUtf8(sourceText);
    if (n >= 0) // what QCoreApplication::translate does for %n (and %Ln, in the C locale)
        out.replace(QLatin1StringView("%Ln"), QString::number(n))
            .replace(QLatin1StringView("%n"), QString::number(n));
    return out;
}

} // namespace sb
