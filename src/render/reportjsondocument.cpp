#include "reportjsondocument.h"

#include "reports/reportengine.h"
#include "reports/reportlabels.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sb {

namespace {

// The translation context of this file's texts (Q_DECLARE_TR_FUNCTIONS(sb::ReportJsonDocument)).
constexpr const char *kContext = "sb::ReportJsonDocument";

ReportCell cellOf(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        return ReportCell::ofNumber(d, d == double(qint64(d)) ? NumberFormat::Integer
                                                              : NumberFormat::Decimal2);
    }
    if (v.isString())
        return ReportCell::ofText(v.toString());
    if (v.isBool())
        return ReportCell::ofText(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    if (v.isNull() || v.isUndefined())
        return ReportCell::ofText(QStringLiteral("–"));
    return ReportCell::ofText(QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact)));
}

bool allScalar(const QJsonObject &o) {
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->isObject() || it->isArray())
            return false;
    return true;
}

// The keys of the objects of `rows`, in the order they first appear.
QStringList columnsOf(const QList<QJsonObject> &rows) {
    QStringList out;
    for (const QJsonObject &o : rows)
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!out.contains(it.key()))
                out.append(it.key());
    return out;
}

} // namespace

QString ReportJsonDocument::heading(const QString &key, const Translation &language) {
    static const QList<std::pair<const char *, const char *>> known{
        {"volume", QT_TR_NOOP("Volume")},
        {"response", QT_TR_NOOP("Response and handling times")},
        {"deadlines", QT_TR_NOOP("Deadlines")},
        {"satisfaction", QT_TR_NOOP("Satisfaction")},
        {"escalation", QT_TR_NOOP("Escalation and appeals")},
        {"knowledge_base", QT_TR_NOOP("Knowledge base")},
        {"incidents", QT_TR_NOOP("Incidents")},
        {"growth", QT_TR_NOOP("Fastest-growing problem types")},
        {"recurring", QT_TR_NOOP("Recurring problems (supervision)")},
        {"qa", QT_TR_NOOP("Quality assurance")}};
    for (const auto &[k, label] : known)
        if (key == QLatin1StringView(k))
            return language.text(kContext, label);
    return key;
}

ReportDocument ReportJsonDocument::build(const QJsonObject &report, const QString &language,
                                         const Translation &translation) {
    ReportDocument doc;
    doc.language = language.startsWith(QLatin1StringView("zh")) ? QStringLiteral("zh_CN")
                                                                : QStringLiteral("en");
    doc.translation = translation;
    const auto text = [&translation](const char *source) {
        return translation.text(kContext, source);
    };
    const QJsonObject period = report.value(QStringLiteral("period")).toObject();
    doc.title = text(QT_TR_NOOP("Complaints report"));
    doc.subtitle = text(QT_TR_NOOP("%1 %2: %3 – %4 (%5)"))
                       .arg(period.value(QStringLiteral("kind")).toString(),
                            period.value(QStringLiteral("at")).toString(),
                            period.value(QStringLiteral("start")).toString(),
                            period.value(QStringLiteral("end")).toString(),
                            period.value(QStringLiteral("zone")).toString());
    doc.cutoff = text(QT_TR_NOOP("Data as of %1"))
                     .arg(report.value(QStringLiteral("cutoff"))
                              .toObject()
                              .value(QStringLiteral("at"))
                              .toString());
    doc.note = ReportEngine::archivedNote(report.value(QStringLiteral("archived")).toObject(),
                                          translation);
    static const QStringList meta{QStringLiteral("period"), QStringLiteral("generated_at"),
                                  QStringLiteral("cutoff"), QStringLiteral("language"),
                                  QStringLiteral("archived")};
    // The sections in the report's order (the list), others after them by key.
    static const QStringList order{QStringLiteral("volume"),     QStringLiteral("response"),
                                   QStringLiteral("deadlines"),  QStringLiteral("satisfaction"),
                                   QStringLiteral("escalation"), QStringLiteral("knowledge_base"),
                                   QStringLiteral("incidents"),  QStringLiteral("growth"),
                                   QStringLiteral("recurring"),  QStringLiteral("qa")};
    QStringList keys;
    for (auto s = report.begin(); s != report.end(); ++s)
        if (!meta.contains(s.key()) && s->isObject())
            keys.append(s.key());
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia < ib;
    });
    for (const QString &key : keys) {
        const QJsonObject body = report.value(key).toObject();
        ReportSection section{key, heading(key, translation), {}};
        const auto measure = [&key, &translation](const QString &k) {
            return ReportLabels::measure(key, k, translation);
        };
        // A row's key: a value of the figure's dimension, or else a figure's name ("all").
        const auto rowKey = [&](const QString &dimension, const QString &k) {
            QString label = ReportLabels::value(dimension, k, translation);
            if (label == k)
                label = measure(k);
            return ReportCell::ofText(label, k);
        };
        ReportTable figures{QString(), {text(QT_TR_NOOP("Figure")), text(QT_TR_NOOP("Value"))}, {}};
        QList<ReportBlock> details;
        for (auto f = body.begin(); f != body.end(); ++f) {
            const QString dimension = ReportLabels::dimensionOf(key, f.key());
            // The first column names what the rows are: "Channel", "Problem type" …
            const QString keyHeader = dimension.isEmpty()
                                          ? text(QT_TR_NOOP("Key"))
                                          : ReportLabels::dimension(dimension, translation);
            if (f->isObject() && allScalar(f->toObject())) {
                const QJsonObject o = f->toObject();
                ReportTable t{
                    measure(f.key()), {keyHeader, text(QT_TR_NOOP("Value"))}, {}, f.key()};
                ReportSeries series{t.caption, {}};
                bool numbers = !o.isEmpty();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const ReportCell label = rowKey(dimension, it.key());
                    t.rows.append({label, cellOf(*it)});
                    numbers = numbers && it->isDouble();
                    series.points.append({label.text, it->toDouble()});
                }
                details.append(t);
                if (numbers && o.size() > 1)
                    details.append(ReportChart{ChartKind::Bar,
                                               t.caption,
                                               QString(),
                                               NumberFormat::Integer,
                                               {series},
                                               f.key()});
            } else if (f->isObject()) {
                // An object of objects (a row per key); its plain values in a "value" column.
                const QJsonObject o = f->toObject();
                QList<QJsonObject> rows;
                bool scalars = false;
                for (auto it = o.begin(); it != o.end(); ++it) {
                    rows.append(it->toObject());
                    scalars = scalars || !it->isObject();
                }
                QStringList columns = columnsOf(rows);
                if (scalars)
                    columns.prepend(QStringLiteral("value"));
                ReportTable t{measure(f.key()), {keyHeader}, {}, f.key(), {QString()}};
                for (const QString &c : columns) {
                    t.header.append(c == QLatin1StringView("value") ? text(QT_TR_NOOP("Value"))
                                                                    : measure(c));
                    t.columns.append(c);
                }
                qsizetype i = 0;
                for (auto it = o.begin(); it != o.end(); ++it, ++i) {
                    QList<ReportCell> row{rowKey(dimension, it.key())};
                    for (const QString &c : columns)
                        row.append(it->isObject()                    ? cellOf(rows.at(i).value(c))
                                   : c == QLatin1StringView("value") ? cellOf(*it)
                                                                     : cellOf(QJsonValue()));
                    t.rows.append(row);
                }
                details.append(t);
            } else if (f->isArray()) {
                const QJsonArray a = f->toArray();
                QList<QJsonObject> rows;
                bool objects = true;
                for (const QJsonValue &v : a) {
                    objects = objects && v.isObject();
                    rows.append(v.toObject());
                }
                ReportTable t{measure(f.key()), {}, {}, f.key()};
                if (objects) {
                    const QStringList columns = columnsOf(rows);
                    t.columns = columns;
                    for (const QString &c : columns)
                        t.header.append(measure(c));
                    QString numeric;
                    for (const QString &c : columns)
                        if (numeric.isEmpty() && !rows.isEmpty() &&
                            rows.first().value(c).isDouble())
                            numeric = c;
                    ReportSeries series{measure(numeric), {}};
                    for (const QJsonObject &o : rows) {
                        QList<ReportCell> row;
                        for (const QString &c : columns) {
                            // Keys of a dimension as labels; a "key" column beside a
                            // "dimension" one (recurring rows) holds values of that dimension.
                            const QJsonValue v = o.value(c);
                            QString of = ReportLabels::dimensionOf(key, c);
                            if (c == QLatin1StringView("key") &&
                                o.value(QStringLiteral("dimension")).isString())
                                of = o.value(QStringLiteral("dimension")).toString();
                            if (v.isString() && c == QLatin1StringView("dimension"))
                                row.append(ReportCell::ofText(
                                    ReportLabels::dimension(v.toString(), translation),
                                    v.toString()));
                            else if (v.isString() && !of.isEmpty())
                                row.append(ReportCell::ofText(
                                    ReportLabels::value(of, v.toString(), translation),
                                    v.toString()));
                            else
                                row.append(cellOf(v));
                        }
                        t.rows.append(row);
                        if (!numeric.isEmpty())
                            series.points.append(
                                {row.first().display(doc.locale()), o.value(numeric).toDouble()});
                    }
                    if (f.key() == QLatin1StringView("series") && series.points.size() > 1)
                        details.append(ReportChart{ChartKind::Line,
                                                   t.caption,
                                                   series.name,
                                                   NumberFormat::Integer,
                                                   {series},
                                                   f.key()});
                } else {
                    t.header = {t.caption};
                    for (const QJsonValue &v : a)
                        t.rows.append({cellOf(v)});
                }
                details.append(t);
            } else {
                figures.rows.append({ReportCell::ofText(measure(f.key()), f.key()), cellOf(*f)});
            }
        }
        if (!figures.rows.isEmpty())
            section.blocks.append(figures);
        section.blocks.append(details);
        doc.sections.append(section);
    }
    return doc;
}

} // namespace sb
