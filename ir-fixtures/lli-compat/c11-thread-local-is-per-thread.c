// A C11 _Thread_local variable (and a static thread-local array) has one
// instance per thread, starting from its initializer in every new thread;
// main's copy is not touched by the workers. The workers wait at a barrier
// so that all their instances are alive at once when the addresses are taken.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: thread 0: start=100 end=101 hist=1 0 0
// CHECK-NEXT: thread 1: start=100 end=102 hist=1 1 0
// CHECK-NEXT: thread 2: start=100 end=103 hist=1 1 1
// CHECK-NEXT: main: tl_counter=7 tl_hist[0]=9
// CHECK-NEXT: distinct addresses: 4
// CHECK-NEXT: exit=0
#include <pthread.h>
#include <stdio.h>

_Thread_local int tl_counter = 100;
static _Thread_local int tl_hist[3];

static pthread_barrier_t all_alive;

struct Report { int steps, start, end, hist[3]; int *addr; };

static void bump(int steps) {
  for (int i = 0; i < steps; i++) {
    tl_counter++;
    tl_hist[i]++;
  }
}

static void *worker(void *arg) {
  struct Report *r = arg;
  r->start = tl_counter;
  bump(r->steps);
  r->end = tl_counter;
  for (int i = 0; i < 3; i++)
    r->hist[i] = tl_hist[i];
  r->addr = &tl_counter;
  pthread_barrier_wait(&all_alive);
  return NULL;
}

int main(void) {
  tl_counter = 7;
  tl_hist[0] = 9;
  pthread_barrier_init(&all_alive, NULL, 3);
  pthread_t t[3];
  struct Report rep[3];
  for (int i = 0; i < 3; i++) {
    rep[i].steps = i + 1;
    pthread_create(&t[i], NULL, worker, &rep[i]);
  }
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], NULL);
  for (int i = 0; i < 3; i++)
    printf("thread %d: start=%d end=%d hist=%d %d %d\n", i, rep[i].start, rep[i].end,
           rep[i].hist[0], rep[i].hist[1], rep[i].hist[2]);
  printf("main: tl_counter=%d tl_hist[0]=%d\n", tl_counter, tl_hist[0]);
  int distinct = 1; /* main's own instance */
  for (int i = 0; i < 3; i++) {
    int dup = rep[i].addr == &tl_counter;
    for (int j = 0; j < i; j++)
      dup |= rep[i].addr == rep[j].addr;
    distinct += !dup;
  }
  printf("distinct addresses: %d\n", distinct);
  pthread_barrier_destroy(&all_alive);
  return 0;
}
