#include "demo/simulator.h"

#include "tickets/ticketstore.h"

#include <QTimeZone>

namespace sb {

namespace {
constexpr int kTickMs = 500;
const char *const kBursty[] = {"login_failure",    "payment_failure", "order_failure",
                               "site_unreachable", "product_fault",   "account_theft",
                               "payout_delay",     "client_fault"};
} // namespace

Simulator::Simulator(DatabaseUrl url, const Clock &clock, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_clock(clock)
    , m_draw(seed) {
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::tick);
}

Simulator::~Simulator() = default;

void Simulator::start() {
    QString error;
    m_ownDb = Database::open(m_url, QStringLiteral("simulator"), error);
    startOn(m_ownDb.get(), error);
}

void Simulator::startOn(Database *db, const QString &openError) {
    m_db = db;
    if (!m_db) {
        Q_EMIT failed(openError);
        return;
    }
    m_lastTickMs = m_clock.nowMs();
    m_nextBurstMs = m_lastTickMs + 10 * 1000; // something happens in the first minute
    m_timer.start(kTickMs);
}

void Simulator::stop() {
    m_timer.stop();
    m_db = nullptr;
    m_ownDb.reset();
}

void Simulator::setPaused(bool paused) {
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_lastTickMs = m_clock.nowMs();
    Q_EMIT pausedChanged(paused);
}

void Simulator::setRatePerMinute(double rate) {
    m_rate = qBound(0.0, rate, 6000.0);
}

void Simulator::burst(const QString &problemType, int count) {
    QList<Complaint> batch;
    const QDateTime now = m_clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    for (int i = 0; i < count; ++i) {
        Complaint c = m_draw.drawOfType(now, problemType);
        c.tier = Tier::Normal;
        batch.append(c);
    }
    if (store(batch))
        Q_EMIT generated(int(batch.size()));
}

void Simulator::tick() {
    const qint64 now = m_clock.nowMs();
    const qint64 elapsed = now - m_lastTickMs;
    m_lastTickMs = now;
    if (m_paused || !m_db)
        return;
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(now, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    QList<Complaint> batch;
    m_carry += m_rate * double(elapsed) / 60000.0;
    while (m_carry >= 1.0) {
        m_carry -= 1.0;
        batch.append(m_draw.draw(at));
    }
    if (now >= m_nextBurstMs && m_burstLeft == 0) {
        m_burstType = QString::fromLatin1(kBursty[m_draw.rng().bounded(8)]);
        m_burstLeft = 6 + int(m_draw.rng().bounded(10));
        m_nextBurstMs = now + (3 + m_draw.rng().bounded(4)) * 60 * 1000;
    }
    // A burst arrives over about a minute: one or two complaints each tick.
    if (m_burstLeft > 0) {
        const int n = qMin(m_burstLeft, 1 + int(m_draw.rng().bounded(2)));
        for (int i = 0; i < n; ++i)
            batch.append(m_draw.drawOfType(at, m_burstType));
        m_burstLeft -= n;
    }
    if (!batch.isEmpty() && store(batch))
        Q_EMIT generated(int(batch.size()));
}

bool Simulator::store(const QList<Complaint> &batch) {
    if (!m_db)
        return false;
    QList<Complaint> tagged = batch;
    for (Complaint &c : tagged)
        c.source = QStringLiteral("simulator");
    TicketStore store(*m_db);
    InsertResult r;
    QString error;
    if (!store.insert(tagged, m_clock.nowMs(), r, error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

} // namespace sb
