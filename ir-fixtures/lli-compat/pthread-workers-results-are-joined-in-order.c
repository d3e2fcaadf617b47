// pthread_create runs JIT'd thread functions; each worker returns its result
// through pthread_join, and a mutex-protected shared counter adds up. The
// output is printed only from main after joining, so it is deterministic.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: worker 0: sum of squares 1..1000 = 333833500
// CHECK-NEXT: worker 1: sum of squares 1..2000 = 2668667000
// CHECK-NEXT: worker 2: sum of squares 1..3000 = 9004500500
// CHECK-NEXT: worker 3: sum of squares 1..4000 = 21341334000
// CHECK-NEXT: combined = 33348335000
// CHECK-NEXT: shared counter = 40000
// CHECK-NEXT: exit=0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { NTHREADS = 4, INCREMENTS = 10000 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long shared_counter;

struct Job { int index; long limit; };

static void *worker(void *arg) {
  struct Job *job = arg;
  long *result = malloc(sizeof *result);
  *result = 0;
  for (long k = 1; k <= job->limit; k++)
    *result += k * k;
  for (int i = 0; i < INCREMENTS; i++) {
    pthread_mutex_lock(&lock);
    shared_counter++;
    pthread_mutex_unlock(&lock);
  }
  return result;
}

int main(void) {
  pthread_t threads[NTHREADS];
  struct Job jobs[NTHREADS];
  for (int i = 0; i < NTHREADS; i++) {
    jobs[i].index = i;
    jobs[i].limit = 1000L * (i + 1);
    if (pthread_create(&threads[i], NULL, worker, &jobs[i]) != 0) {
      printf("pthread_create failed\n");
      return 1;
    }
  }
  long combined = 0;
  for (int i = 0; i < NTHREADS; i++) {
    void *ret;
    pthread_join(threads[i], &ret);
    long r = *(long *)ret;
    free(ret);
    printf("worker %d: sum of squares 1..%ld = %ld\n", i, jobs[i].limit, r);
    combined += r;
  }
  printf("combined = %ld\n", combined);
  printf("shared counter = %ld\n", shared_counter);
  return 0;
}
