// A user-defined exception hierarchy (not derived from std::exception) thrown
// from JIT'd code is matched by the right handler: by base reference with
// virtual dispatch, by exact type, by pointer; catch order matters; the
// thrown object is copied/destroyed the expected number of times.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: case 0: caught NotFound via Base&: kind=not-found code=404 key=alpha
// CHECK-NEXT: case 1: caught Denied exactly: kind=denied code=403
// CHECK-NEXT: case 2: caught Base* pointer: kind=base code=500
// CHECK-NEXT: case 3: caught int 7
// CHECK-NEXT: case 4: no exception
// CHECK-NEXT: live exception objects after all cases: 0
// CHECK-NEXT: exit=0
#include <cstdio>
#include <string>

static int live;

struct Base {
  int code;
  explicit Base(int c) : code(c) { live++; }
  Base(const Base &o) : code(o.code) { live++; }
  virtual ~Base() { live--; }
  virtual const char *kind() const { return "base"; }
};
struct NotFound : Base {
  std::string key;
  explicit NotFound(std::string k) : Base(404), key(std::move(k)) {}
  const char *kind() const override { return "not-found"; }
};
struct Denied : Base {
  Denied() : Base(403) {}
  const char *kind() const override { return "denied"; }
};

static Base heap_base(500);

static void fail(int which) {
  switch (which) {
  case 0: throw NotFound("alpha");
  case 1: throw Denied();
  case 2: throw &heap_base;
  case 3: throw 7;
  default: return;
  }
}

static void run_case(int which) {
  try {
    fail(which);
    std::printf("case %d: no exception\n", which);
  } catch (const Denied &d) {
    std::printf("case %d: caught Denied exactly: kind=%s code=%d\n", which, d.kind(), d.code);
  } catch (const Base &b) {
    const NotFound *nf = dynamic_cast<const NotFound *>(&b);
    std::printf("case %d: caught NotFound via Base&: kind=%s code=%d key=%s\n", which,
                b.kind(), b.code, nf ? nf->key.c_str() : "?");
  } catch (Base *p) {
    std::printf("case %d: caught Base* pointer: kind=%s code=%d\n", which, p->kind(), p->code);
  } catch (int i) {
    std::printf("case %d: caught int %d\n", which, i);
  }
}

int main() {
  for (int i = 0; i < 5; i++)
    run_case(i);
  std::printf("live exception objects after all cases: %d\n", live - 1 /* heap_base */);
  return 0;
}
