// Key sets shared by the benchmarks: the same keys for every map.
#ifndef SIMPLE_BENCH_KEYS_H
#define SIMPLE_BENCH_KEYS_H

#include <simple/runtime.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace bench {

inline constexpr size_t kKeyCount = 1 << 20; // 1 M

/// 2 * kKeyCount distinct random integers of the int-value range (60 bits):
/// the first half is inserted, the second half is used for misses.
inline const std::vector<int64_t> &intKeys() {
  static const std::vector<int64_t> keys = [] {
    std::mt19937_64 random(42);
    std::vector<int64_t> out;
    out.reserve(2 * kKeyCount);
    while (out.size() < 2 * kKeyCount)
      out.push_back(static_cast<int64_t>(random() >> 4) - (int64_t(1) << 59));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    while (out.size() < 2 * kKeyCount)
      out.push_back(static_cast<int64_t>(out.size()) * 7919 + (int64_t(1) << 59));
    std::shuffle(out.begin(), out.end(), random);
    return out;
  }();
  return keys;
}

/// 2 * kKeyCount distinct short strings (9-14 bytes), in random order.
inline const std::vector<std::string> &stringKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    out.reserve(2 * kKeyCount);
    for (size_t i = 0; i < 2 * kKeyCount; ++i)
      out.push_back("key:" + std::to_string(i * 2654435761u % 1000000007u));
    std::shuffle(out.begin(), out.end(), std::mt19937_64(7));
    return out;
  }();
  return keys;
}

/// The same strings as runtime string values. Two separate sets: one to
/// insert and one (other objects, same bytes) to look up with, so lookups
/// compare contents as std::string maps do. Handed out as a plain vector,
/// as the peers' keys are, so that the benchmarks time the dict operation
/// and not an rt_array_get per key as well. The vector is not scanned by the
/// collector: a rooted runtime array holds the same values.
inline const std::vector<RtValue> &stringValues(int copy) {
  static std::vector<RtValue> sets[2];
  std::vector<RtValue> &values = sets[copy];
  if (values.empty()) {
    RtValue array = rt_unique_get(rt_unique_new(rt_array_new(2 * kKeyCount)));
    for (const std::string &key : stringKeys()) {
      values.push_back(rt_string_new(key.data(), static_cast<int64_t>(key.size())));
      rt_array_push(array, values.back());
    }
  }
  return values;
}

} // namespace bench

#endif // SIMPLE_BENCH_KEYS_H
