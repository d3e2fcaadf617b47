// A C++ thread_local object with a dynamic initializer is constructed once per
// thread on first use and destroyed when that thread exits (through
// __cxa_thread_atexit); a plain thread_local int is per-thread too. Threads
// run one after another so the output order is fixed.
// main itself only touches the plain int: lli-19 crashes (SIGSEGV) at exit
// when the main thread still owns a thread_local with a destructor, since
// glibc runs that destructor after lli has freed the JIT'd code.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: main: plain=1
// CHECK-NEXT: thread A: before first use
// CHECK-NEXT: construct Tracker #1 for thread A
// CHECK-NEXT: thread A: hits=3 plain=3
// CHECK-NEXT: destroy Tracker #1 (thread A) hits=3
// CHECK-NEXT: joined A
// CHECK-NEXT: thread B: before first use
// CHECK-NEXT: construct Tracker #2 for thread B
// CHECK-NEXT: thread B: hits=2 plain=2
// CHECK-NEXT: destroy Tracker #2 (thread B) hits=2
// CHECK-NEXT: joined B
// CHECK-NEXT: main: plain=2
// CHECK-NEXT: constructions=2
// CHECK-NEXT: exit=0
#include <pthread.h>
#include <cstdio>
#include <string>

static int constructions;

struct Tracker {
  int id;
  int hits = 0;
  std::string owner;
  explicit Tracker(const char *who) : id(++constructions), owner(who) {
    std::printf("construct Tracker #%d for %s\n", id, who);
  }
  ~Tracker() {
    std::printf("destroy Tracker #%d (%s) hits=%d\n", id, owner.c_str(), hits);
    std::fflush(stdout);
  }
};

static thread_local const char *thread_name = "main";
thread_local int plain = 0;

static Tracker &tracker() {
  thread_local Tracker t(thread_name);
  return t;
}

static void hit(int times) {
  for (int i = 0; i < times; i++) {
    tracker().hits++;
    plain++;
  }
  std::printf("%s: hits=%d plain=%d\n", thread_name, tracker().hits, plain);
}

static void *worker(void *arg) {
  thread_name = static_cast<const char *>(arg);
  std::printf("%s: before first use\n", thread_name);
  hit(thread_name[7] == 'A' ? 3 : 2);
  return nullptr;
}

int main() {
  plain++;
  std::printf("main: plain=%d\n", plain);
  pthread_t t;
  pthread_create(&t, nullptr, worker, const_cast<char *>("thread A"));
  pthread_join(t, nullptr);
  std::printf("joined A\n");
  pthread_create(&t, nullptr, worker, const_cast<char *>("thread B"));
  pthread_join(t, nullptr);
  std::printf("joined B\n");
  plain++;
  std::printf("main: plain=%d\n", plain);
  std::printf("constructions=%d\n", constructions);
  return 0;
}
