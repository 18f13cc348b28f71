#pragma once

#include "demo/demodata.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace sb {

// The demo's live stream: keeps registering complaints at a chosen rate, with a burst of one
// problem type every few minutes (the first within a minute of starting) so that incidents
// open and grades rise while someone is watching. Lives in a thread of its own with its own
// connection (a DbWorker's: the other centre is another client); control it through queued
// calls (the slots) from the GUI.
class Simulator : public QObject {
    Q_OBJECT
public:
    Simulator(DatabaseUrl url, const Clock &clock, quint32 seed, QObject *parent = nullptr);
    ~Simulator() override;

    double ratePerMinute() const { return m_rate; }
    bool isPaused() const { return m_paused; }

public Q_SLOTS:
    // Opens its own connection (in the thread this object lives in).
    void start();
    // The same on a connection it is lent (null: it could not be opened, for `openError`);
    // the connection must outlive stop().
    void startOn(sb::Database *db, const QString &openError);
    void stop();
    void setPaused(bool paused);
    void setRatePerMinute(double rate);
    // Registers `count` complaints of `problemType` right now (a burst on demand).
    void burst(const QString &problemType, int count);

Q_SIGNALS:
    void generated(int count);
    void failed(const QString &error);
    void pausedChanged(bool paused);

private:
    void tick();
    bool store(const QList<Complaint> &batch);

    DatabaseUrl m_url;
    const Clock &m_clock;
    std::unique_ptr<Database> m_ownDb; // when started with start()
    Database *m_db = nullptr;
    demo::ComplaintDraw m_draw;
    QTimer m_timer;
    double m_rate = 20.0;
    bool m_paused = false;
    double m_carry = 0.0;
    qint64 m_lastTickMs = 0;
    qint64 m_nextBurstMs = 0;
    QString m_burstType;
    int m_burstLeft = 0;
};

} // namespace sb
