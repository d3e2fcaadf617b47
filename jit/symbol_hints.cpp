#include "symbol_hints.h"

#include <simple/runtime_abi_table.h>

#include <algorithm>
#include <vector>

namespace simple::jit {
namespace {

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

} // namespace

std::string nearestRuntimeFunction(std::string_view name) {
  size_t allowed = std::max<size_t>(2, name.size() / 4);
  size_t best = allowed + 1;
  std::string_view bestName;
  for (const rt::AbiFunction &function : rt::abiFunctions()) {
    size_t distance = editDistance(name, function.name);
    if (distance < best) {
      best = distance;
      bestName = function.name;
    }
  }
  return std::string(bestName);
}

std::string undefinedSymbolHint(std::string_view name) {
  std::string nearest = nearestRuntimeFunction(name);
  if (!nearest.empty())
    return "did you mean '" + nearest + "'?";
  if (name.substr(0, 3) == "rt_")
    return "no runtime function has this name (see runtime/include/simple/runtime_abi.def)";
  return "if it is defined in a shared library, pass --load=LIB.so";
}

} // namespace simple::jit
