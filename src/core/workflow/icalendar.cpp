#include "workflow/icalendar.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace sb {

namespace {

struct LogicalLine {
    int number = 0; // 1-based number of its first physical line
    QString text;
};

QList<LogicalLine> unfold(const QString &text) {
    QList<LogicalLine> lines;
    const QStringList physical = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QString l = physical.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if ((l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t'))) &&
            !lines.isEmpty()) {
            lines.last().text += l.mid(1);
            continue;
        }
        if (l.trimmed().isEmpty())
            continue;
        lines.append({int(i + 1), l});
    }
    return lines;
}

// The colon that starts the value: the first one outside double-quoted parameter values
// (DTSTART;TZID="Asia/Shanghai:x":20251001). -1 when there is none.
qsizetype valueColon(const QString &line) {
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (line.at(i) == QLatin1Char(':') && !quoted)
            return i;
    }
    return -1;
}

QString unescapeText(const QString &v) {
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char(' ')) : n;
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

// "20251001" or "20251001T090000[Z]" → the date part.
QDate parseDateValue(const QString &value) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$)"));
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// "P3D", "P1W", "PT24H" (whole days only) → days; -1 when not a whole number of days.
int parseDurationDays(const QString &value) {
    static const QRegularExpression re(
        QStringLiteral(R"(^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$)"));
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 seconds = m.captured(1).toLongLong() * 7 * 86400 +
                           m.captured(2).toLongLong() * 86400 + m.captured(3).toLongLong() * 3600 +
                           m.captured(4).toLongLong() * 60 + m.captured(5).toLongLong();
    if (seconds <= 0 || seconds % 86400 != 0 || seconds / 86400 > 366)
        return -1;
    return int(seconds / 86400);
}

struct Event {
    int line = 0;
    QDate start;
    QDate end;
    int durationDays = 0;
    QString summary;
    QString categories;
    QString kind;
};

} // namespace

bool ICalendarImport::marksWorkingDay(const QString &text) {
    static const QRegularExpression re(QStringLiteral(R"(班|make-?up|working\s*day|workday)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool ICalendarImport::parseFile(const QString &path, Result &out, QString &error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (!parse(f.readAll(), out, error)) {
        error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    return true;
}

bool ICalendarImport::parse(const QByteArray &data, Result &out, QString &error) {
    out = {};
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<LogicalLine> lines = unfold(QString::fromUtf8(bytes));
    if (lines.isEmpty() || lines.first().text.trimmed().compare(
                               QLatin1StringView("BEGIN:VCALENDAR"), Qt::CaseInsensitive) != 0) {
        error = tr("line %1: an iCalendar file must start with BEGIN:VCALENDAR.")
                    .arg(lines.isEmpty() ? 1 : lines.first().number);
        return false;
    }

    QStringList stack;
    std::optional<Event> event;
    QMap<QDate, CalendarDay> days;
    for (const LogicalLine &l : lines) {
        const qsizetype colon = valueColon(l.text);
        if (colon <= 0) {
            error = tr("line %1: \"%2\" is not a property (NAME:value).")
                        .arg(l.number)
                        .arg(l.text.left(60));
            return false;
        }
        const QString head = l.text.left(colon);
        const QString value = l.text.mid(colon + 1);
        const QStringList parts = head.split(QLatin1Char(';'));
        const QString name = parts.first().trimmed().toUpper();

        if (name == QLatin1StringView("BEGIN")) {
            const QString comp = value.trimmed().toUpper();
            if (comp == QLatin1StringView("VEVENT") && stack.size() == 1 &&
                stack.first() == QLatin1StringView("VCALENDAR")) {
                event = Event{};
                event->line = l.number;
            } else if (comp == QLatin1StringView("VCALENDAR") && !stack.isEmpty()) {
                error = tr("line %1: VCALENDAR cannot be nested.").arg(l.number);
                return false;
            }
            stack.append(comp);
            continue;
        }
        if (name == QLatin1StringView("END")) {
            const QString comp = value.trimmed().toUpper();
            if (stack.isEmpty() || stack.last() != comp) {
                error = tr("line %1: END:%2 does not close the open component%3.")
                            .arg(l.number)
                            .arg(comp, stack.isEmpty() ? QString()
                                                       : QStringLiteral(" (%1)").arg(stack.last()));
                return false;
            }
            stack.removeLast();
            if (comp == QLatin1StringView("VEVENT") && stack.size() == 1 && event) {
                if (!event->start.isValid()) {
                    error = tr("line %1: the event has no DTSTART.").arg(event->line);
                    return false;
                }
                QDate end = event->end.isValid()
                                ? event->end
                                : event->start.addDays(std::max(1, event->durationDays));
                if (end <= event->start) {
                    error = tr("line %1: DTEND %2 is not after DTSTART %3.")
                                .arg(event->line)
                                .arg(end.toString(Qt::ISODate), event->start.toString(Qt::ISODate));
                    return false;
                }
                if (event->start.daysTo(end) > 366) {
                    error = tr("line %1: the event spans more than a year.").arg(event->line);
                    return false;
                }
                CalendarDayKind kind =
                    marksWorkingDay(event->summary) || marksWorkingDay(event->categories)
                        ? CalendarDayKind::Workday
                        : CalendarDayKind::Holiday;
                if (event->kind == QLatin1StringView("workday"))
                    kind = CalendarDayKind::Workday;
                else if (event->kind == QLatin1StringView("holiday"))
                    kind = CalendarDayKind::Holiday;
                for (QDate d = event->start; d < end; d = d.addDays(1))
                    days.insert(d, {d, kind, event->summary});
                ++out.events;
                event.reset();
            }
            if (comp == QLatin1StringView("VCALENDAR") && stack.isEmpty()) {
                out.days = days.values();
                return true;
            }
            continue;
        }
        if (stack.isEmpty()) {
            error =
                tr("line %1: %2 outside BEGIN:VCALENDAR … END:VCALENDAR.").arg(l.number).arg(name);
            return false;
        }
        // Properties of nested components (VALARM inside VEVENT) are not the event's.
        if (!event || stack.size() != 2)
            continue;
        if (name == QLatin1StringView("DTSTART") || name == QLatin1StringView("DTEND")) {
            const QDate d = parseDateValue(value);
            if (!d.isValid()) {
                error = tr("line %1: %2 \"%3\" is not a date (yyyyMMdd) or date-time.")
                            .arg(l.number)
                            .arg(name, value.trimmed());
                return false;
            }
            (name == QLatin1StringView("DTSTART") ? event->start : event->end) = d;
        } else if (name == QLatin1StringView("DURATION")) {
            event->durationDays = parseDurationDays(value);
            if (event->durationDays < 0) {
                error = tr("line %1: DURATION \"%2\" is not a whole number of days.")
                            .arg(l.number)
                            .arg(value.trimmed());
                return false;
            }
        } else if (name == QLatin1StringView("SUMMARY")) {
            event->summary = unescapeText(value);
        } else if (name == QLatin1StringView("CATEGORIES")) {
            event->categories = unescapeText(value);
        } else if (name == QLatin1StringView("X-SIGNALBOARD-KIND")) {
            event->kind = value.trimmed().toLower();
            if (event->kind != QLatin1StringView("workday") &&
                event->kind != QLatin1StringView("holiday")) {
                error = tr("line %1: X-SIGNALBOARD-KIND must be holiday or workday, not \"%2\".")
                            .arg(l.number)
                            .arg(value.trimmed());
                return false;
            }
        }
    }
    error = tr("line %1: the file ends before END:%2.")
                .arg(lines.last().number)
                .arg(stack.isEmpty() ? QStringLiteral("VCALENDAR") : stack.last());
    return false;
}

} // namespace sb
