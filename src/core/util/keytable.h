#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace sb {

// A fixed table of enum values and their stable text keys (what the database and the JSON
// forms store): the one way either is turned into the other.
template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char *>, N>;

// The key of `value`; empty when the table does not hold it.
template <typename Enum, std::size_t N> QString keyOf(const KeyTable<Enum, N> &table, Enum value) {
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return QString();
}

// The value whose key is `key`; none when no entry has it.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOfKey(const KeyTable<Enum, N> &table, QStringView key) {
    for (const auto &[e, name] : table)
        if (key == QLatin1StringView(name))
            return e;
    return std::nullopt;
}

} // namespace sb
