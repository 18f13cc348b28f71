#pragma once

#include <QString>

class QTranslator;

namespace sb {

// The language texts are put in, chosen by the caller rather than for the whole process. A
// document written for someone else (a scheduled report in its schedule's language) takes one
// explicitly, so that writing it never touches the translators installed for the interface,
// which other threads (the GUI) go on using.
//   Translation()                    the application's installed translators (the interface)
//   Translation::source()            the source texts: English
//   Translation::of(translator)      that translator, its missing texts in English
// The translator must outlive the Translation (and every copy of it).
class Translation {
public:
    Translation() = default;
    static Translation source();
    static Translation of(const QTranslator *translator);

    // `sourceText` of `context` in this language; %n replaced by `n` when n >= 0 (as tr()).
    QString text(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                 int n = -1) const;
    // Whether the interface's translators are used (the default).
    bool isInterface() const { return m_mode == Mode::Interface; }

private:
    enum class Mode { Interface, Explicit };
    Mode m_mode = Mode::Interface;
    const QTranslator *m_translator = nullptr; // Explicit: nullptr means the source texts
};

} // namespace sb
