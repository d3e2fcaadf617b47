// Global objects' constructors run before main in definition order (and a
// function-local static on first use); destructors run after main returns in
// reverse order of construction completion.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: construct first (seq 1)
// CHECK-NEXT: construct second (seq 2)
// CHECK-NEXT: construct third (seq 3) sees second.value=20
// CHECK-NEXT: main: begin, initialised_before_main=30
// CHECK-NEXT: construct lazy (seq 4)
// CHECK-NEXT: main: lazy.value=40
// CHECK-NEXT: main: end
// CHECK-NEXT: destroy lazy
// CHECK-NEXT: destroy third
// CHECK-NEXT: destroy second
// CHECK-NEXT: destroy first
// CHECK-NEXT: exit=0
#include <cstdio>

static int seq;

struct Noisy {
  const char *name;
  int value;
  Noisy(const char *n, int v) : name(n), value(v) {
    std::printf("construct %s (seq %d)\n", name, ++seq);
  }
  Noisy(const char *n, const Noisy &dep) : name(n), value(dep.value + 10) {
    std::printf("construct %s (seq %d) sees %s.value=%d\n", name, ++seq, dep.name, dep.value);
  }
  ~Noisy() { std::printf("destroy %s\n", name); }
};

Noisy first("first", 10);
Noisy second("second", 20);
Noisy third("third", second);
static int initialised_before_main = third.value;

static Noisy &lazy() {
  static Noisy l("lazy", 40);
  return l;
}

int main() {
  std::printf("main: begin, initialised_before_main=%d\n", initialised_before_main);
  std::printf("main: lazy.value=%d\n", lazy().value);
  std::printf("main: end\n");
  return 0;
}
