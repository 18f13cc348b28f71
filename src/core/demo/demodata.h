#pragma once

#include "domain/complaint.h"

#include <QRandomGenerator>

namespace sb::demo {

// Draws believable complaint attributes: weights follow what a consumer-facing centre sees
// (routine problems common, security problems rare; most customers normal tier).
class ComplaintDraw {
public:
    explicit ComplaintDraw(quint32 seed)
        : m_rng(seed) {}
    Complaint draw(const QDateTime &at);
    Complaint drawOfType(const QDateTime &at, const QString &problemType);
    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
    int m_serial = 0;
};

} // namespace sb::demo
