#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstring>
#include <vector>

namespace sb {

// Maps a short ASCII key (a channel, tier or problem-type key) to its index without
// allocating, hashing a QString or walking the list: a 1,024-slot table keyed on length and
// three characters, confirmed by one memcmp. Replay looks up three keys per row.
class KeyIndex {
public:
    explicit KeyIndex(std::vector<QByteArray> keys)
        : m_keys(std::move(keys)) {
        m_slots.fill(kEmpty);
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            auto &slot = m_slots[hash(m_keys[i])];
            slot = slot == kEmpty ? static_cast<short>(i) : kCollision;
        }
    }

    // Index of `key`, or -1.
    int find(QByteArrayView key) const {
        if (key.isEmpty())
            return -1;
        const short slot = m_slots[hash(key)];
        if (slot == kEmpty)
            return -1;
        if (slot != kCollision) {
            const QByteArray &k = m_keys[static_cast<std::size_t>(slot)];
            return k.size() == key.size() && std::memcmp(k.constData(), key.data(),
                                                         static_cast<std::size_t>(key.size())) == 0
                       ? slot
                       : -1;
        }
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == key)
                return static_cast<int>(i);
        }
        return -1;
    }

private:
    static constexpr short kEmpty = -1;
    static constexpr short kCollision = -2;
    static std::size_t hash(QByteArrayView k) {
        if (k.isEmpty())
            return 0;
        const auto c = [&](qsizetype i) {
            return static_cast<std::size_t>(static_cast<unsigned char>(k[i]));
        };
        return (static_cast<std::size_t>(k.size()) * 131 + c(0) * 31 + c(k.size() / 2) * 7 +
                c(k.size() - 1)) &
               1023;
    }

    std::vector<QByteArray> m_keys;
    std::array<short, 1024> m_slots{};
};

} // namespace sb
