#include "sync/feedthread.h"

namespace sb {

FeedThread::FeedThread(const DatabaseUrl &url, qint64 afterSeq, QObject *parent)
    : QObject(parent)
    , m_feed(new ChangeFeed(url, afterSeq)) {
    qRegisterMetaType<QList<sb::Change>>();
    qRegisterMetaType<sb::ChangeFeed::State>();
    m_thread.setObjectName(QStringLiteral("change-feed"));
    m_feed->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    connect(m_feed, &ChangeFeed::changed, this, &FeedThread::changed);
    connect(m_feed, &ChangeFeed::stateChanged, this,
            [this](ChangeFeed::State s, const QString &detail) {
                m_state = s;
                Q_EMIT stateChanged(s, detail);
            });
}

FeedThread::~FeedThread() {
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_feed, &ChangeFeed::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_feed;
    }
}

void FeedThread::start() {
    m_thread.start();
    QMetaObject::invokeMethod(m_feed, &ChangeFeed::start, Qt::QueuedConnection);
}

} // namespace sb
