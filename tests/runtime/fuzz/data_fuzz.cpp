// libFuzzer target: the input bytes are a program of calls to the data
// functions of the runtime ABI (sections 1-3 of the spec), with arguments
// drawn from the input: small and boundary integers, values made earlier
// (kept in a pool), equal-but-distinct twins of them (1 and 1.0, a copied
// string, a rebuilt tuple), and bits that are no value.
//
// Every call is checked against a reference model kept beside the runtime:
//   - each array, tuple, dict, string, object, closure, enum and unique box
//     the input makes has a model (a std::vector, an insertion-ordered list
//     of entries, the bytes, ...) updated call by call, and every result is
//     compared with the model's (element bits, lengths, slices, keys in
//     order, removed values);
//   - equality is modelled independently (numbers by value, strings by
//     bytes, tuples element-wise, cycles co-inductively), and equal values
//     must hash equally;
//   - every call starts with no recorded error and must end with one exactly
//     when the model says it fails (then with its error value).
// Only values whose provenance the model cannot know (random heap-tagged
// words that might hit a live object) relax the check to "an error comes
// with the error value". A failed check traps, which libFuzzer reports.
//
// Every heap value an input makes stays reachable until the input ends (the
// `made` root), so no address is reused while the models refer to it.
//
// Build and run: see tests/runtime/CMakeLists.txt (SIMPLE_FUZZ=ON). Runs
// start from the seed corpus tests/runtime/fuzz/corpus/ (196 inputs, 31 KB,
// every edge a 150 s run reached). To renew it after changing this file,
// fuzz into an empty directory, then keep a covering subset:
//   data-fuzz -set_cover_merge=1 -use_counters=0 NEW_CORPUS RUN_DIR
// Checked by breaking the runtime on purpose: -0.0 hashing apart from 0, and
// rt_array_insert refusing to append to an empty array, were each found in
// under 10,000 runs (a few seconds) from the seed corpus.
#include <simple/error_codes.h>
#include <simple/runtime.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

void check(bool condition) {
  if (!condition)
    __builtin_trap();
}

// --- what the model knows about a value --------------------------------------

enum class Kind {
  Int,
  Float,
  Special,
  String,
  Array,
  Tuple,
  Dict,
  Object,
  Closure,
  Enum,
  Unique,
  Invalid, ///< bits that are no value (the runtime must reject them)
  Unknown, ///< a heap-tagged word the input made up: may or may not be live
};

struct Model {
  Kind kind;
  std::vector<RtValue> items;                       ///< array, tuple, object fields, captures
  std::vector<std::pair<RtValue, RtValue>> entries; ///< dict, in insertion order
  std::string bytes;                                ///< string
  int64_t a = 0, b = 0;                             ///< class id / discriminant, enum id
  RtValue payload = RT_NIL;                         ///< enum payload, unique value
  uint64_t function = 0;                            ///< closure
  bool freed = false;                               ///< unique
  bool frozen = false;                              ///< tuple used in a dict key: not changed
};

constexpr int kPoolSize = 32;
constexpr int kMaxMade = 1 << 14;
/// Static storage: roots of the collector.
RtValue pool[kPoolSize];
RtValue made[kMaxMade];
int madeCount = 0;
std::unordered_map<RtValue, Model> models;
int gcDisabled = 0;

Model *modelOf(RtValue v) {
  auto it = models.find(v);
  return it == models.end() ? nullptr : &it->second;
}

Kind kindOf(RtValue v) {
  switch (rt_tag_of(v)) {
  case RT_TAG_INT:
    return Kind::Int;
  case RT_TAG_FLOAT:
    return Kind::Float;
  case RT_TAG_SPECIAL:
    return Kind::Special;
  case RT_TAG_HEAP:
    if (Model *model = modelOf(v))
      return model->kind == Kind::Unique && model->freed ? Kind::Invalid : model->kind;
    // 8 bytes into an object of ours (every object has a 16-byte header).
    return modelOf(v - 8) ? Kind::Invalid : Kind::Unknown;
  default:
    return Kind::Invalid;
  }
}
bool known(RtValue v) { return kindOf(v) != Kind::Unknown; }
bool valid(RtValue v) {
  Kind kind = kindOf(v);
  return kind != Kind::Invalid && kind != Kind::Unknown;
}

/// Records a heap value the runtime returned, with a fresh model; the
/// existing model when it is one the input has already (a string slice of
/// the whole string may be the string itself); nullptr when the input has
/// made too many (the value is then not used).
Model *remember(RtValue v, Kind kind) {
  if (v == RT_NIL)
    return nullptr;
  if (Model *existing = modelOf(v)) {
    check(existing->kind == kind);
    return existing;
  }
  if (madeCount == kMaxMade)
    return nullptr;
  made[madeCount++] = v;
  Model &model = models[v];
  model.kind = kind;
  return &model;
}

/// Records a container a call promised to make anew: no object of the
/// input may come back.
Model *rememberNew(RtValue v, Kind kind) {
  check(v == RT_NIL || !modelOf(v));
  return remember(v, kind);
}

// --- reference equality ------------------------------------------------------

/// Numbers by value (an int equals a float only exactly), strings by bytes,
/// tuples element-wise with cycles taken co-inductively (a pair being
/// compared further up is assumed equal), everything else by identity.
/// `budget` bounds the work on shared structure; at 0 the answer is unknown.
struct Equality {
  int budget = 20000;
  std::vector<std::pair<RtValue, RtValue>> assumed;

  static bool intEqualsFloat(int64_t i, double f) {
    if (!(f >= -0x1p63 && f < 0x1p63))
      return false;
    return static_cast<int64_t>(f) == i && static_cast<double>(static_cast<int64_t>(f)) == f;
  }
  bool equal(RtValue a, RtValue b) {
    if (--budget < 0)
      return false;
    if (a == b)
      return true;
    Kind ka = kindOf(a), kb = kindOf(b);
    if (ka == Kind::Int && kb == Kind::Float)
      return intEqualsFloat(rt_decode_int(a), rt_decode_float(b));
    if (ka == Kind::Float && kb == Kind::Int)
      return intEqualsFloat(rt_decode_int(b), rt_decode_float(a));
    if (ka == Kind::Float && kb == Kind::Float)
      return rt_decode_float(a) == rt_decode_float(b);
    if (ka == Kind::String && kb == Kind::String)
      return modelOf(a)->bytes == modelOf(b)->bytes;
    if (ka == Kind::Tuple && kb == Kind::Tuple) {
      const std::vector<RtValue> &x = modelOf(a)->items, &y = modelOf(b)->items;
      if (x.size() != y.size())
        return false;
      for (auto &pair : assumed)
        if (pair == std::make_pair(a, b))
          return true;
      assumed.emplace_back(a, b);
      bool same = true;
      for (size_t i = 0; same && i < x.size(); ++i)
        same = equal(x[i], y[i]);
      assumed.pop_back();
      return same;
    }
    return false;
  }
  bool exhausted() const { return budget < 0; }
};

/// Whether a and b are equal; `decided` is false when the budget ran out.
bool referenceEqual(RtValue a, RtValue b, bool &decided) {
  Equality equality;
  bool result = equality.equal(a, b);
  decided = !equality.exhausted();
  return result;
}

/// Marks t and every tuple reachable from it through tuples as frozen: it is
/// (part of) a dict key, which must not change (the spec forbids it).
void freeze(RtValue v) {
  std::vector<RtValue> work{v};
  while (!work.empty()) {
    RtValue t = work.back();
    work.pop_back();
    Model *model = modelOf(t);
    if (!model || model->kind != Kind::Tuple || model->frozen)
      continue;
    model->frozen = true;
    for (RtValue item : model->items)
      work.push_back(item);
  }
}

// --- checking outcomes -------------------------------------------------------

/// The call just made must have recorded an error exactly when `fails`.
void expectOutcome(bool fails) {
  check((rt_error_code() != RT_ERROR_NONE) == fails);
  rt_error_clear();
}
/// For calls with an argument of unknown provenance: an error comes only
/// with the error value.
template <class T> void expectConsistent(T result, T errorValue) {
  if (rt_error_code() != RT_ERROR_NONE)
    check(result == errorValue);
  rt_error_clear();
}

/// Resolves a possibly negative index against length; false when outside.
bool resolve(int64_t index, size_t length, size_t &at) {
  int64_t n = static_cast<int64_t>(length);
  if (index < 0)
    index += n;
  if (index < 0 || index >= n)
    return false;
  at = static_cast<size_t>(index);
  return true;
}
/// Python-style clamped slice bounds.
void clampBounds(int64_t start, int64_t end, size_t length, size_t &from, size_t &to) {
  int64_t n = static_cast<int64_t>(length);
  auto clamp = [n](int64_t i) {
    if (i < 0)
      i = i < -n ? 0 : i + n;
    return i > n ? n : i;
  };
  int64_t s = clamp(start), e = clamp(end);
  from = static_cast<size_t>(s);
  to = static_cast<size_t>(e < s ? s : e);
}

/// The runtime array r holds exactly `items`.
void expectArray(RtValue r, const std::vector<RtValue> &items) {
  check(rt_array_len(r) == static_cast<int64_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i)
    check(rt_array_get(r, static_cast<int64_t>(i)) == items[i]);
  check(rt_error_code() == RT_ERROR_NONE);
}

// --- the input ---------------------------------------------------------------

class Input {
public:
  Input(const uint8_t *data, size_t size) : data(data), size(size) {}
  bool empty() const { return size == 0; }
  uint8_t byte() {
    if (!size)
      return 0;
    --size;
    return *data++;
  }
  uint64_t word() {
    uint64_t w = 0;
    for (int i = 0; i < 8; ++i)
      w = (w << 8) | byte();
    return w;
  }
  /// Indices and sizes: mostly small, sometimes a boundary value.
  int64_t integer() {
    uint8_t selector = byte();
    static const int64_t boundaries[] = {-1,
                                         -2,
                                         INT64_MIN,
                                         INT64_MAX,
                                         1LL << 32,
                                         1LL << 40,
                                         (1LL << 32) + 1,
                                         RT_INT_MAX,
                                         RT_INT_MIN,
                                         RT_INT_MAX + 1,
                                         RT_INT_MIN - 1};
    if (selector < 216)
      return static_cast<int64_t>(selector % 40) - 8;
    return boundaries[selector % (sizeof boundaries / sizeof boundaries[0])];
  }
  RtValue &slot() { return pool[byte() % kPoolSize]; }
  /// A value: from the pool (any slot), a small number, a twin of a pooled
  /// value, a special, or bits that are no value.
  RtValue value() {
    switch (byte() % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
      return slot();
    case 4:
      return rt_encode_int(static_cast<int64_t>(byte() % 24) - 8); // keys collide
    case 5: {
      static const double floats[] = {0.0, -0.0, 1.0, 2.0, -3.0, 0.5, 1e300, NAN, INFINITY, 0x1p60};
      return rt_encode_float(floats[byte() % 10]);
    }
    case 6:
      return twin(slot());
    case 7:
      return (static_cast<RtValue>(byte() % 6) << 3) | RT_TAG_SPECIAL; // nil, bools, symbols
    case 8: {
      uint8_t selector = byte();
      if (selector % 2) // tags 4-7
        return (word() & ~uint64_t(7)) | (4 + selector / 2 % 4);
      RtValue base = slot(); // the inside of a heap object
      return rt_is_heap(base) ? base + 8 : RtValue(0x4);
    }
    default:
      return word(); // anything: may even hit a live object
    }
  }
  /// An equal value that is a different one where the kinds allow: 1 for
  /// 1.0 and back, a copy of a string, a tuple rebuilt from the same items.
  RtValue twin(RtValue v) {
    switch (kindOf(v)) {
    case Kind::Int:
      return rt_encode_float(static_cast<double>(rt_decode_int(v)));
    case Kind::Float: {
      double f = rt_decode_float(v);
      if (f >= -0x1p60 && f < 0x1p60 && f == std::floor(f))
        return rt_encode_int(static_cast<int64_t>(f));
      return v;
    }
    case Kind::String: {
      std::string bytes = modelOf(v)->bytes;
      RtValue copy = rt_string_new(bytes.data(), static_cast<int64_t>(bytes.size()));
      if (Model *model = remember(copy, Kind::String)) {
        model->bytes = bytes;
        return copy;
      }
      return v;
    }
    case Kind::Tuple: {
      std::vector<RtValue> items = modelOf(v)->items;
      for (RtValue item : items)
        if (!valid(item))
          return v;
      RtValue copy = rt_tuple_new(static_cast<int64_t>(items.size()));
      for (size_t i = 0; i < items.size(); ++i)
        check(rt_tuple_set(copy, static_cast<int64_t>(i), items[i]) == 1);
      if (Model *model = rememberNew(copy, Kind::Tuple)) {
        model->items = items;
        return copy;
      }
      return v;
    }
    default:
      return v;
    }
  }
  std::string bytes(size_t max) {
    size_t n = byte() % (max + 1);
    n = n < size ? n : size;
    std::string text(reinterpret_cast<const char *>(data), n);
    data += n;
    size -= n;
    return text;
  }

private:
  const uint8_t *data;
  size_t size;
};

// --- the calls ---------------------------------------------------------------

/// Whether v is held by any container, enum or unique box of the input.
bool storedAnywhere(RtValue v) {
  for (auto &[bits, model] : models) {
    if (model.payload == v)
      return true;
    for (RtValue item : model.items)
      if (item == v)
        return true;
    for (auto &[key, value] : model.entries)
      if (key == v || value == v)
        return true;
  }
  return false;
}

/// A model of kind K for v, or nullptr.
Model *as(RtValue v, Kind kind) {
  Model *model = modelOf(v);
  return model && kindOf(v) == kind ? model : nullptr;
}

void arrayCall(Input &in, uint8_t op) {
  RtValue a = in.value();
  Model *array = as(a, Kind::Array);
  bool knownArgs = known(a);
  switch (op % 12) {
  case 0: { // new
    int64_t capacity = in.integer();
    RtValue r = rt_array_new(capacity);
    bool fails = capacity < 0 || capacity > (int64_t(1) << 28);
    check((r == RT_NIL) == fails);
    expectOutcome(fails);
    if (Model *model = rememberNew(r, Kind::Array)) {
      (void)model;
      in.slot() = r;
    }
    return;
  }
  case 1: { // push
    RtValue v = in.value();
    int64_t r = rt_array_push(a, v);
    if (!knownArgs || !known(v))
      return expectConsistent<int64_t>(r, 0);
    bool fails = !array || !valid(v);
    check(r == (fails ? 0 : 1));
    expectOutcome(fails);
    if (!fails)
      array->items.push_back(v);
    return;
  }
  case 2: { // get
    int64_t i = in.integer();
    RtValue r = rt_array_get(a, i);
    if (!knownArgs)
      return expectConsistent<RtValue>(r, RT_NIL);
    size_t at = 0;
    bool fails = !array || !resolve(i, array->items.size(), at);
    check(r == (fails ? RT_NIL : array->items[at]));
    expectOutcome(fails);
    in.slot() = r;
    return;
  }
  case 3: { // set
    int64_t i = in.integer();
    RtValue v = in.value();
    int64_t r = rt_array_set(a, i, v);
    if (!knownArgs || !known(v))
      return expectConsistent<int64_t>(r, 0);
    size_t at = 0;
    bool fails = !array || !resolve(i, array->items.size(), at) || !valid(v);
    check(r == (fails ? 0 : 1));
    expectOutcome(fails);
    if (!fails)
      array->items[at] = v;
    return;
  }
  case 4: { // pop: nil when empty, not an error
    RtValue r = rt_array_pop(a);
    if (!knownArgs)
      return expectConsistent<RtValue>(r, RT_NIL);
    if (!array) {
      check(r == RT_NIL);
      return expectOutcome(true);
    }
    check(r == (array->items.empty() ? RT_NIL : array->items.back()));
    expectOutcome(false);
    if (!array->items.empty())
      array->items.pop_back();
    return;
  }
  case 5: { // clear
    int64_t r = rt_array_clear(a);
    if (!knownArgs)
      return expectConsistent<int64_t>(r, 0);
    check(r == (array ? 1 : 0));
    expectOutcome(!array);
    if (array)
      array->items.clear();
    return;
  }
  case 6: { // insert: index in [-length, length]
    int64_t i = in.integer();
    RtValue v = in.value();
    int64_t r = rt_array_insert(a, i, v);
    if (!knownArgs || !known(v))
      return expectConsistent<int64_t>(r, 0);
    int64_t n = array ? static_cast<int64_t>(array->items.size()) : 0;
    bool fails = !array || i < -n || i > n || !valid(v);
    check(r == (fails ? 0 : 1));
    expectOutcome(fails);
    if (!fails)
      array->items.insert(array->items.begin() + (i < 0 ? i + n : i), v);
    return;
  }
  case 7: { // remove
    int64_t i = in.integer();
    RtValue r = rt_array_remove(a, i);
    if (!knownArgs)
      return expectConsistent<RtValue>(r, RT_NIL);
    size_t at = 0;
    bool fails = !array || !resolve(i, array->items.size(), at);
    check(r == (fails ? RT_NIL : array->items[at]));
    expectOutcome(fails);
    if (!fails)
      array->items.erase(array->items.begin() + static_cast<int64_t>(at));
    in.slot() = r;
    return;
  }
  case 8: { // slice
    int64_t start = in.integer(), end = in.integer();
    RtValue r = rt_array_slice(a, start, end);
    if (!knownArgs)
      return expectConsistent<RtValue>(r, RT_NIL);
    check((r == RT_NIL) == !array);
    expectOutcome(!array);
    if (!array)
      return;
    size_t from, to;
    clampBounds(start, end, array->items.size(), from, to);
    std::vector<RtValue> items(array->items.begin() + from, array->items.begin() + to);
    expectArray(r, items);
    if (Model *model = rememberNew(r, Kind::Array)) {
      model->items = std::move(items);
      in.slot() = r;
    }
    return;
  }
  case 9: { // concat
    RtValue b = in.value();
    Model *other = as(b, Kind::Array);
    if (array && other && array->items.size() + other->items.size() > 100000)
      return;
    RtValue r = rt_array_concat(a, b);
    if (!knownArgs || !known(b))
      return expectConsistent<RtValue>(r, RT_NIL);
    bool fails = !array || !other;
    check((r == RT_NIL) == fails);
    expectOutcome(fails);
    if (fails)
      return;
    std::vector<RtValue> items = array->items;
    items.insert(items.end(), other->items.begin(), other->items.end());
    expectArray(r, items);
    if (Model *model = rememberNew(r, Kind::Array)) {
      model->items = std::move(items);
      in.slot() = r;
    }
    return;
  }
  case 10: { // contains, by equality
    RtValue v = in.value();
    int64_t r = rt_array_contains(a, v);
    if (!knownArgs || !known(v))
      return expectConsistent<int64_t>(r, 0);
    bool fails = !array || !valid(v);
    bool expected = false, decided = true;
    if (!fails)
      for (RtValue item : array->items) {
        bool itemDecided;
        expected = expected || referenceEqual(item, v, itemDecided);
        decided = decided && itemDecided;
      }
    if (decided || expected)
      check(r == (expected ? 1 : 0));
    expectOutcome(fails);
    return;
  }
  default: { // len, and the whole array against its model
    int64_t r = rt_array_len(a);
    if (!knownArgs)
      return expectConsistent<int64_t>(r, -1);
    check(r == (array ? static_cast<int64_t>(array->items.size()) : -1));
    expectOutcome(!array);
    if (array)
      expectArray(a, array->items);
    return;
  }
  }
}

/// The position of key in a dict model, or -1; `decided` false when the
/// reference equality gave up.
int64_t findKey(const Model &dict, RtValue key, bool &decided) {
  decided = true;
  for (size_t i = 0; i < dict.entries.size(); ++i) {
    bool entryDecided;
    bool same = referenceEqual(dict.entries[i].first, key, entryDecided);
    decided = decided && entryDecided;
    if (same)
      return static_cast<int64_t>(i);
  }
  return -1;
}

void dictCall(Input &in, uint8_t op) {
  RtValue d = in.value();
  Model *dict = as(d, Kind::Dict);
  bool knownArgs = known(d);
  switch (op % 9) {
  case 0: { // new
    int64_t capacity = in.integer();
    RtValue r = rt_dict_new(capacity);
    bool fails = capacity < 0 || capacity > (int64_t(1) << 26);
    check((r == RT_NIL) == fails);
    expectOutcome(fails);
    if (rememberNew(r, Kind::Dict))
      in.slot() = r;
    return;
  }
  case 1: { // set: the first equal key stays, in its place
    RtValue key = in.value(), v = in.value();
    int64_t r = rt_dict_set(d, key, v);
    if (!knownArgs || !known(key) || !known(v))
      return expectConsistent<int64_t>(r, 0);
    bool fails = !dict || !valid(key) || !valid(v);
    check(r == (fails ? 0 : 1));
    expectOutcome(fails);
    if (fails)
      return;
    bool decided;
    int64_t at = findKey(*dict, key, decided);
    if (!decided) { // too much shared structure to compare: stop modelling this dict
      models.erase(d);
      return;
    }
    if (at >= 0) {
      dict->entries[static_cast<size_t>(at)].second = v;
    } else {
      dict->entries.emplace_back(key, v);
      freeze(key);
    }
    return;
  }
  case 2:   // get: nil when absent, not an error
  case 3: { // contains
    RtValue key = in.value();
    bool get = op % 9 == 2;
    RtValue r = get ? rt_dict_get(d, key) : rt_value_int(rt_dict_contains(d, key));
    if (!knownArgs || !known(key))
      return get ? expectConsistent<RtValue>(r, RT_NIL)
                 : expectConsistent<RtValue>(r, rt_value_int(0));
    bool fails = !dict || !valid(key);
    if (fails) {
      check(r == (get ? RT_NIL : rt_value_int(0)));
      return expectOutcome(true);
    }
    bool decided;
    int64_t at = findKey(*dict, key, decided);
    if (decided) {
      if (get)
        check(r == (at >= 0 ? dict->entries[static_cast<size_t>(at)].second : RT_NIL));
      else
        check(r == rt_value_int(at >= 0 ? 1 : 0));
    }
    expectOutcome(false);
    if (get)
      in.slot() = r;
    return;
  }
  case 4: { // remove: the removed value, or nil when absent
    RtValue key = in.value();
    RtValue r = rt_dict_remove(d, key);
    if (!knownArgs || !known(key))
      return expectConsistent<RtValue>(r, RT_NIL);
    bool fails = !dict || !valid(key);
    if (fails) {
      check(r == RT_NIL);
      return expectOutcome(true);
    }
    bool decided;
    int64_t at = findKey(*dict, key, decided);
    if (!decided) {
      expectOutcome(false);
      models.erase(d);
      return;
    }
    check(r == (at >= 0 ? dict->entries[static_cast<size_t>(at)].second : RT_NIL));
    expectOutcome(false);
    if (at >= 0)
      dict->entries.erase(dict->entries.begin() + at);
    check(rt_dict_contains(d, key) == 0);
    in.slot() = r;
    return;
  }
  case 5: { // clear
    int64_t r = rt_dict_clear(d);
    if (!knownArgs)
      return expectConsistent<int64_t>(r, 0);
    check(r == (dict ? 1 : 0));
    expectOutcome(!dict);
    if (dict)
      dict->entries.clear();
    return;
  }
  case 6:   // keys
  case 7: { // values
    bool keys = op % 9 == 6;
    RtValue r = keys ? rt_dict_keys(d) : rt_dict_values(d);
    if (!knownArgs)
      return expectConsistent<RtValue>(r, RT_NIL);
    check((r == RT_NIL) == !dict);
    expectOutcome(!dict);
    if (!dict)
      return;
    std::vector<RtValue> items;
    for (auto &[key, value] : dict->entries)
      items.push_back(keys ? key : value);
    expectArray(r, items);
    if (Model *model = rememberNew(r, Kind::Array)) {
      model->items = std::move(items);
      in.slot() = r;
    }
    return;
  }
  default: { // len, and every entry
    int64_t r = rt_dict_len(d);
    if (!knownArgs)
      return expectConsistent<int64_t>(r, -1);
    check(r == (dict ? static_cast<int64_t>(dict->entries.size()) : -1));
    expectOutcome(!dict);
    if (dict)
      for (auto &[key, value] : dict->entries)
        check(rt_dict_get(d, key) == value);
    expectOutcome(false);
    return;
  }
  }
}

void stringCall(Input &in, uint8_t op) {
  switch (op % 8) {
  case 0: { // new
    std::string bytes = in.bytes(40);
    RtValue r = rt_string_new(bytes.data(), static_cast<int64_t>(bytes.size()));
    check(r != RT_NIL);
    expectOutcome(false);
    if (Model *model = remember(r, Kind::String)) {
      model->bytes = bytes;
      in.slot() = r;
    }
    return;
  }
  case 1: { // concat
    RtValue a = in.value(), b = in.value();
    Model *x = as(a, Kind::String), *y = as(b, Kind::String);
    if (x && y && x->bytes.size() + y->bytes.size() > 100000)
      return;
    RtValue r = rt_string_concat(a, b);
    if (!known(a) || !known(b))
      return expectConsistent<RtValue>(r, RT_NIL);
    bool fails = !x || !y;
    check((r == RT_NIL) == fails);
    expectOutcome(fails);
    std::string bytes = fails ? std::string() : x->bytes + y->bytes;
    if (Model *model = fails ? nullptr : remember(r, Kind::String)) {
      model->bytes = bytes;
      in.slot() = r;
    }
    break;
  }
  case 2: { // slice
    RtValue s = in.value();
    int64_t start = in.integer(), end = in.integer();
    Model *x = as(s, Kind::String);
    RtValue r = rt_string_slice(s, start, end);
    if (!known(s))
      return expectConsistent<RtValue>(r, RT_NIL);
    check((r == RT_NIL) == !x);
    expectOutcome(!x);
    if (!x)
      return;
    size_t from, to;
    clampBounds(start, end, x->bytes.size(), from, to);
    std::string bytes = x->bytes.substr(from, to - from);
    if (Model *model = remember(r, Kind::String)) {
      model->bytes = bytes;
      in.slot() = r;
    }
    break;
  }
  case 3: { // find
    RtValue s = in.value(), needle = in.value();
    Model *x = as(s, Kind::String), *y = as(needle, Kind::String);
    int64_t r = rt_string_find(s, needle);
    if (!known(s) || !known(needle))
      return expectConsistent<int64_t>(r, -1);
    bool fails = !x || !y;
    if (!fails) {
      size_t at = x->bytes.find(y->bytes);
      check(r == (at == std::string::npos ? -1 : static_cast<int64_t>(at)));
    } else {
      check(r == -1);
    }
    return expectOutcome(fails);
  }
  case 4: { // eq
    RtValue a = in.value(), b = in.value();
    Model *x = as(a, Kind::String), *y = as(b, Kind::String);
    int64_t r = rt_string_eq(a, b);
    if (!known(a) || !known(b))
      return expectConsistent<int64_t>(r, 0);
    bool fails = !x || !y;
    check(r == (!fails && x->bytes == y->bytes ? 1 : 0));
    return expectOutcome(fails);
  }
  case 5: { // char count: bytes that do not continue a UTF-8 sequence
    RtValue s = in.value();
    Model *x = as(s, Kind::String);
    int64_t r = rt_string_char_count(s);
    if (!known(s))
      return expectConsistent<int64_t>(r, -1);
    int64_t expected = -1;
    if (x) {
      expected = 0;
      for (unsigned char c : x->bytes)
        expected += (c & 0xC0) != 0x80;
    }
    check(r == expected);
    return expectOutcome(!x);
  }
  default: { // len and data
    RtValue s = in.value();
    Model *x = as(s, Kind::String);
    int64_t length = rt_string_len(s);
    if (!known(s))
      return expectConsistent<int64_t>(length, -1);
    check(length == (x ? static_cast<int64_t>(x->bytes.size()) : -1));
    expectOutcome(!x);
    const char *data = rt_string_data(s);
    check((data == nullptr) == !x);
    expectOutcome(!x);
    if (x)
      check(std::string_view(data, x->bytes.size()) == x->bytes && data[x->bytes.size()] == '\0');
    return;
  }
  }
}

/// Tuples, objects and closures: a fixed number of slots.
void slotsCall(Input &in, uint8_t op) {
  uint8_t which = op % 3; // tuple, object, closure
  Kind kind = which == 0 ? Kind::Tuple : which == 1 ? Kind::Object : Kind::Closure;
  switch (op / 3 % 4) {
  case 0: { // new
    int64_t count = 0, classId = 0;
    uint64_t function = 0;
    RtValue r;
    if (which == 0) {
      count = in.integer();
      r = rt_tuple_new(count);
    } else if (which == 1) {
      classId = in.integer();
      count = in.integer();
      r = rt_object_new(classId, count);
    } else {
      function = in.word();
      count = in.integer();
      r = rt_closure_new(reinterpret_cast<void *>(function), count);
    }
    bool fails = count < 0 || count > (int64_t(1) << 28) || classId < 0;
    check((r == RT_NIL) == fails);
    expectOutcome(fails);
    if (Model *model = rememberNew(r, kind)) {
      model->items.assign(static_cast<size_t>(count), RT_NIL);
      model->a = classId;
      model->function = function;
      in.slot() = r;
    }
    return;
  }
  case 1: { // get
    RtValue t = in.value();
    int64_t i = in.integer();
    Model *model = as(t, kind);
    RtValue r = which == 0   ? rt_tuple_get(t, i)
                : which == 1 ? rt_object_field_get(t, i)
                             : rt_closure_get_capture(t, i);
    if (!known(t))
      return expectConsistent<RtValue>(r, RT_NIL);
    size_t at = 0;
    bool fails = !model || !resolve(i, model->items.size(), at);
    check(r == (fails ? RT_NIL : model->items[at]));
    expectOutcome(fails);
    in.slot() = r;
    return;
  }
  case 2: { // set (a tuple in a dict key stays as it is)
    RtValue t = in.value();
    int64_t i = in.integer();
    RtValue v = in.value();
    Model *model = as(t, kind);
    if (model && model->frozen)
      return;
    int64_t r = which == 0   ? rt_tuple_set(t, i, v)
                : which == 1 ? rt_object_field_set(t, i, v)
                             : rt_closure_set_capture(t, i, v);
    if (!known(t) || !known(v))
      return expectConsistent<int64_t>(r, 0);
    size_t at = 0;
    bool fails = !model || !resolve(i, model->items.size(), at) || !valid(v);
    check(r == (fails ? 0 : 1));
    expectOutcome(fails);
    if (!fails)
      model->items[at] = v;
    return;
  }
  default: { // len / class id and field count / function pointer
    RtValue t = in.value();
    Model *model = as(t, kind);
    if (which == 0) {
      int64_t r = rt_tuple_len(t);
      if (!known(t))
        return expectConsistent<int64_t>(r, -1);
      check(r == (model ? static_cast<int64_t>(model->items.size()) : -1));
      return expectOutcome(!model);
    }
    if (which == 1) {
      int64_t id = rt_object_class_id(t), count = rt_object_field_count(t);
      if (!known(t))
        return rt_error_clear();
      check(id == (model ? model->a : -1));
      check(count == (model ? static_cast<int64_t>(model->items.size()) : -1));
      return expectOutcome(!model);
    }
    void *function = rt_closure_func_ptr(t);
    if (!known(t))
      return expectConsistent<void *>(function, nullptr);
    if (model)
      check(reinterpret_cast<uint64_t>(function) == model->function);
    else
      check(function == nullptr);
    return expectOutcome(!model);
  }
  }
}

void enumOrUniqueCall(Input &in, uint8_t op) {
  switch (op % 6) {
  case 0: { // enum new
    int64_t id = in.integer(), discriminant = in.integer();
    RtValue payload = in.value();
    RtValue r = rt_enum_new(id, discriminant, payload);
    if (!known(payload))
      return expectConsistent<RtValue>(r, RT_NIL);
    bool fails = id < 0 || discriminant < 0 || !valid(payload);
    check((r == RT_NIL) == fails);
    expectOutcome(fails);
    if (Model *model = rememberNew(r, Kind::Enum)) {
      model->a = discriminant;
      model->b = id;
      model->payload = payload;
      in.slot() = r;
    }
    return;
  }
  case 1: { // enum accessors
    RtValue e = in.value();
    Model *model = as(e, Kind::Enum);
    int64_t discriminant = rt_enum_discriminant(e), id = rt_enum_id(e);
    RtValue payload = rt_enum_payload(e);
    if (!known(e))
      return rt_error_clear();
    check(discriminant == (model ? model->a : -1) && id == (model ? model->b : -1));
    check(payload == (model ? model->payload : RT_NIL));
    return expectOutcome(!model);
  }
  case 2: { // unique new
    RtValue v = in.value();
    RtValue r = rt_unique_new(v);
    if (!known(v))
      return expectConsistent<RtValue>(r, RT_NIL);
    check((r == RT_NIL) == !valid(v));
    expectOutcome(!valid(v));
    if (Model *model = rememberNew(r, Kind::Unique)) {
      model->payload = v;
      in.slot() = r;
    } else if (r != RT_NIL) {
      rt_unique_free(r);
    }
    return;
  }
  case 3: { // unique get / set
    RtValue u = in.value(), v = in.value();
    Model *model = as(u, Kind::Unique);
    RtValue r = rt_unique_get(u);
    if (!known(u))
      return expectConsistent<RtValue>(r, RT_NIL);
    check(r == (model ? model->payload : RT_NIL));
    expectOutcome(!model);
    RtValue ok = rt_unique_set(u, v);
    if (!known(v))
      return expectConsistent<RtValue>(ok, RT_FALSE);
    bool fails = !model || !valid(v);
    check(ok == (fails ? RT_FALSE : RT_TRUE));
    expectOutcome(fails);
    if (!fails)
      model->payload = v;
    return;
  }
  case 4: { // needs trace
    RtValue u = in.value();
    Model *model = as(u, Kind::Unique);
    RtValue r = rt_unique_needs_trace(u);
    if (!known(u))
      return expectConsistent<RtValue>(r, RT_FALSE);
    check(r == (model && rt_is_heap(model->payload) ? RT_TRUE : RT_FALSE));
    return expectOutcome(!model);
  }
  default: { // free: a second free is an error
    RtValue u = in.value();
    Model *model = as(u, Kind::Unique);
    if (model && storedAnywhere(u))
      return; // a container would then hold bits that are no value

    int64_t r = rt_unique_free(u);
    if (!known(u))
      return expectConsistent<int64_t>(r, 0);
    check(r == (model ? 1 : 0));
    expectOutcome(!model);
    if (model)
      model->freed = true;
    return;
  }
  }
}

/// The spelling rt_value_type_name gives each kind the model knows.
const char *typeName(RtValue v) {
  switch (kindOf(v)) {
  case Kind::Int:
    return "int";
  case Kind::Float:
    return "float";
  case Kind::Special:
    return v == RT_NIL ? "nil" : rt_is_bool(v) ? "bool" : "symbol";
  case Kind::String:
    return "string";
  case Kind::Array:
    return "array";
  case Kind::Tuple:
    return "tuple";
  case Kind::Dict:
    return "dict";
  case Kind::Object:
    return "object";
  case Kind::Closure:
    return "closure";
  case Kind::Enum:
    return "enum";
  case Kind::Unique:
    return "unique";
  default:
    return "invalid";
  }
}

void valueCall(Input &in, uint8_t op) {
  switch (op % 7) {
  case 0: { // equality and hashing
    RtValue a = in.value(), b = in.value();
    int64_t r = rt_value_eq(a, b);
    if (!known(a) || !known(b))
      return expectConsistent<int64_t>(r, 0);
    bool fails = !valid(a) || !valid(b);
    if (fails) {
      check(r == 0);
      return expectOutcome(true);
    }
    bool decided;
    bool expected = referenceEqual(a, b, decided);
    if (decided)
      check(r == (expected ? 1 : 0));
    expectOutcome(false);
    if (r == 1)
      check(rt_value_hash(a) == rt_value_hash(b));
    return expectOutcome(false);
  }
  case 1: { // int and float conversions
    int64_t i = in.integer();
    RtValue r = rt_value_int(i);
    bool fails = i < RT_INT_MIN || i > RT_INT_MAX;
    check(r == (fails ? RT_NIL : rt_encode_int(i)));
    expectOutcome(fails);
    RtValue v = in.value();
    int64_t asInt = rt_value_as_int(v);
    if (!known(v))
      return expectConsistent<int64_t>(asInt, 0);
    check(asInt == (kindOf(v) == Kind::Int ? rt_decode_int(v) : 0));
    expectOutcome(kindOf(v) != Kind::Int);
    double asFloat = rt_value_as_float(v);
    bool number = kindOf(v) == Kind::Int || kindOf(v) == Kind::Float;
    if (kindOf(v) == Kind::Float && std::isnan(rt_decode_float(v)))
      check(std::isnan(asFloat));
    else
      check(asFloat == (kindOf(v) == Kind::Int     ? static_cast<double>(rt_decode_int(v))
                        : kindOf(v) == Kind::Float ? rt_decode_float(v)
                                                   : 0.0));
    expectOutcome(!number);
    int64_t asBool = rt_value_as_bool(v);
    check(asBool == (v == RT_TRUE ? 1 : 0));
    return expectOutcome(!rt_is_bool(v));
  }
  case 2: { // type name and truthiness
    RtValue v = in.value();
    RtValue name = rt_value_type_name(v);
    if (!known(v))
      return rt_error_clear();
    const char *data = rt_string_data(name);
    check(data && std::strcmp(data, typeName(v)) == 0);
    expectOutcome(!valid(v));
    rt_value_truthy(v);
    return expectOutcome(!valid(v));
  }
  case 3: { // the printed form
    RtValue v = in.value();
    RtValue r = rt_to_string(v);
    if (!known(v))
      return expectConsistent<RtValue>(r, RT_NIL);
    check((r == RT_NIL) == !valid(v));
    expectOutcome(!valid(v));
    if (kindOf(v) == Kind::String)
      check(r == v);
    if (kindOf(v) == Kind::Int)
      check(rt_string_data(r) == std::to_string(rt_decode_int(v)));
    if (r != v && r != RT_NIL) {
      std::string bytes(rt_string_data(r), static_cast<size_t>(rt_string_len(r)));
      Model *existing = modelOf(r);
      check(!existing || existing->bytes == bytes);
      if (Model *model = remember(r, Kind::String)) {
        model->bytes = bytes;
        in.slot() = r;
      }
    }
    return;
  }
  case 4: { // printing (stdout goes to /dev/null)
    RtValue v = in.value();
    if (in.byte() % 2)
      rt_print_value(v);
    else
      rt_println_value(v);
    if (!known(v))
      return rt_error_clear();
    return expectOutcome(!valid(v));
  }
  case 5: { // the collector
    uint8_t what = in.byte() % 4;
    if (what == 0) {
      static int collections = 0; // a collection takes milliseconds: a few per input
      if (collections++ % 8 == 0)
        rt_gc_collect();
      return expectOutcome(false);
    }
    if (what == 1) {
      int64_t which = in.integer();
      int64_t r = rt_gc_stats(which);
      bool fails = which < 0 || which > 3;
      check(fails ? r == -1 : r >= 0);
      return expectOutcome(fails);
    }
    if (what == 2) {
      rt_gc_disable();
      ++gcDisabled;
      return expectOutcome(false);
    }
    rt_gc_enable();
    expectOutcome(gcDisabled == 0);
    if (gcDisabled > 0)
      --gcDisabled;
    return;
  }
  default: { // raw memory
    int64_t size = in.integer();
    void *block = rt_alloc(size);
    bool fails = size < 0 || size > (int64_t(1) << 31);
    check((block == nullptr) == fails);
    expectOutcome(fails);
    if (block) {
      check(reinterpret_cast<uintptr_t>(block) % 16 == 0);
      rt_free(block);
      expectOutcome(false);
      rt_free(block); // no longer a live block
      expectOutcome(true);
    }
    return;
  }
  }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  // Printing is exercised, its output is not needed.
  if (!std::freopen("/dev/null", "w", stdout))
    return 1;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Input in(data, size);
  for (RtValue &slot : pool)
    slot = RT_NIL;
  rt_error_clear();
  while (!in.empty()) {
    uint8_t area = in.byte(), op = in.byte();
    switch (area % 7) {
    case 0:
    case 1:
      arrayCall(in, op);
      break;
    case 2:
    case 3:
      dictCall(in, op);
      break;
    case 4:
      stringCall(in, op);
      break;
    case 5:
      (op & 0x80 ? enumOrUniqueCall : slotsCall)(in, op & 0x7F);
      break;
    default:
      valueCall(in, op);
      break;
    }
    check(rt_error_code() == RT_ERROR_NONE); // every branch consumed its error
  }
  // End the input: free its unique boxes (explicit roots) and let go of
  // everything it made.
  for (int i = 0; i < madeCount; ++i) {
    Model *model = modelOf(made[i]);
    if (model && model->kind == Kind::Unique && !model->freed)
      check(rt_unique_free(made[i]) == 1);
    made[i] = 0;
  }
  madeCount = 0;
  models.clear();
  for (; gcDisabled > 0; --gcDisabled)
    rt_gc_enable();
  rt_error_clear();
  return 0;
}
