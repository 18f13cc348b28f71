#include "sync/feedthread.h"

namespace sb {

FeedThread::FeedThread(const DatabaseUrl &url, qint64 afterSeq, QObject *parent)
    : QObject(parent)
    , m_own(std::make_unique<DbWorker>(url, QStringLiteral("change-feed")))
    , m_worker(m_own.get())
    , m_feed(new ChangeFeed(url, afterSeq)) {
    init();
}

FeedThread::FeedThread(DbWorker &worker, const DatabaseUrl &url, qint64 afterSeq, QObject *parent)
    : QObject(parent)
    , m_worker(&worker)
    , m_feed(new ChangeFeed(url, afterSeq)) {
    Q_ASSERT(url.dialect == Dialect::PostgreSQL);
    m_feed->shareConnection([w = &worker](QString &error) { return w->connection(error); });
    init();
}

void FeedThread::init() {
    qRegisterMetaType<QList<sb::Change>>();
    qRegisterMetaType<sb::ChangeFeed::State>();
    m_feed->moveToThread(m_worker->workerThread());
    connect(m_feed, &ChangeFeed::changed, this, &FeedThread::changed);
    connect(m_feed, &ChangeFeed::stateChanged, this,
            [this](ChangeFeed::State s, const QString &detail) {
                m_state = s;
                Q_EMIT stateChanged(s, detail);
            });
}

FeedThread::~FeedThread() {
    // Stopped and deleted in its thread; the worker then quits.
    m_worker->postWithoutConnection([feed = m_feed](DbWorker::Context &) {
        feed->stop();
        delete feed;
    });
    m_worker->drain();
}

void FeedThread::start() {
    m_worker->postWithoutConnection([feed = m_feed](DbWorker::Context &) { feed->start(); });
}

} // namespace sb
