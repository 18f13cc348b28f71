#include "incidents/incidentlabels.h"

#include "domain/labels.h"

#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>

namespace sb::app {

QColor IncidentLabels::gradeColour(Grade g) {
    switch (g) {
    case Grade::General:
        return QColor(0xf5, 0xd0, 0x20);
    case Grade::Serious:
        return QColor(0xf0, 0x8a, 0x24);
    case Grade::Urgent:
        return QColor(0xd6, 0x27, 0x28);
    case Grade::Major:
        break;
    }
    return QColor(0x20, 0x20, 0x20);
}

QColor IncidentLabels::gradeTextColour(Grade g) {
    return g >= Grade::Urgent ? QColor(Qt::white) : QColor(Qt::black);
}

QString IncidentLabels::grade(Grade g) {
    return Labels::grade(gradeKey(g));
}

QString IncidentLabels::confirmation(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("unconfirmed"), tr("Not yet identified")},
        {QStringLiteral("known"), tr("Known problem")},
        {QStringLiteral("confirmed"), tr("New problem, confirmed")},
        {QStringLiteral("deferred"), tr("Not yet confirmed (deferred)")},
    };
    return t.value(key, key);
}

QString IncidentLabels::event(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("opened"), tr("Opened")},
        {QStringLiteral("regraded"), tr("Grade rose")},
        {QStringLiteral("closed"), tr("Closed")},
        {QStringLiteral("known_issue"), tr("Linked to a known problem")},
        {QStringLiteral("confirmed"), tr("Confirmed as a new problem")},
        {QStringLiteral("deferred"), tr("Confirmation deferred")},
        {QStringLiteral("graded"), tr("Graded")},
        {QStringLiteral("overridden"), tr("Grade overridden")},
        {QStringLiteral("handed_over"), tr("Handed over")},
        {QStringLiteral("announced"), tr("Announced")},
        {QStringLiteral("resolved"), tr("Resolved")},
        {QStringLiteral("post_graded"), tr("Post-incident grade")},
        {QStringLiteral("kb_created"), tr("Knowledge-base entry created")},
        {QStringLiteral("kb_updated"), tr("Knowledge-base entry updated")},
    };
    return t.value(key, key);
}

QString IncidentLabels::eventDetail(const TimelineEntry &e) {
    QStringList parts;
    if (e.fromGrade && e.grade && *e.fromGrade != *e.grade)
        parts.append(tr("%1 → %2").arg(grade(*e.fromGrade), grade(*e.grade)));
    const QJsonObject counts = e.data.value(QStringLiteral("counts")).toObject();
    if (!counts.isEmpty())
        parts.append(tr("60 min: %1 normal, %2 VIP")
                         .arg(counts.value(QStringLiteral("normal_60m")).toInt())
                         .arg(counts.value(QStringLiteral("vip_60m")).toInt()));
    if (e.data.contains(QStringLiteral("affected_share")))
        parts.append(
            tr("affected %1 %")
                .arg(e.data.value(QStringLiteral("affected_share")).toDouble() * 100.0, 0, 'g', 4));
    if (e.data.contains(QStringLiteral("recipients")))
        parts.append(tr("%1 recipients, %2 chat groups")
                         .arg(e.data.value(QStringLiteral("recipients")).toInt())
                         .arg(e.data.value(QStringLiteral("webhooks")).toInt()));
    if (!e.note.isEmpty())
        parts.append(e.note);
    return parts.join(QStringLiteral(" · "));
}

QString IncidentLabels::age(qint64 ms) {
    const qint64 minutes = std::max<qint64>(ms, 0) / 60000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / 1440).arg((minutes % 1440) / 60);
}

QString IncidentLabels::growth(double ratio) {
    const long pct = std::lround(ratio * 100.0);
    return pct > 0 ? tr("+%1 %").arg(pct) : tr("%1 %").arg(pct);
}

QString IncidentLabels::measure(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("outage_minutes"), tr("outage")},
        {QStringLiteral("complaints"), tr("complaints")},
        {QStringLiteral("loss_money"), tr("loss")},
        {QStringLiteral("users_affected"), tr("users affected")},
    };
    return t.value(key, key);
}

void IncidentLabels::fitHeight(QTableView *table) {
    // Called before the table is shown: isHidden(), not isVisible(), and no scroll bars.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int h =
        table->horizontalHeader()->isHidden() ? 0 : table->horizontalHeader()->sizeHint().height();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const int row = table->rowHeight(r);
        h += row > 0 ? row : table->verticalHeader()->defaultSectionSize();
    }
    table->setFixedHeight(h + 2 * table->frameWidth());
}

} // namespace sb::app
