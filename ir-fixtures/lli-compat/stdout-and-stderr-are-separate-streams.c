// Output to stdout and stderr goes to the right stream: each stream's content
// and order is compared with lli separately; fprintf, fputs, putchar, perror
// and write(2) on fd 1 and 2 are used; a failing status comes back too.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck --check-prefix=OUT %s
// RUN: FileCheck --check-prefix=ERR %s < %t.sj.err
// RUN: FileCheck --check-prefix=ERR %s < %t.lli.err
// OUT: out 1: printf
// OUT-NEXT: out 2: fputs
// OUT-NEXT: out 3: putchar x
// OUT-NEXT: out 4: fflush'd
// OUT-NEXT: out 5: write(1)
// OUT-NEXT: exit=2
// OUT-NOT: err
// ERR: err 1: fprintf(stderr) code=42
// ERR-NEXT: err 2: fputs
// ERR-NEXT: err 3: perror: No such file or directory
// ERR-NEXT: err 4: write(2)
// ERR-NOT: out
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  printf("out 1: printf\n");
  fprintf(stderr, "err 1: fprintf(stderr) code=%d\n", 42);
  fputs("out 2: fputs\n", stdout);
  fputs("err 2: fputs\n", stderr);
  putchar('o');
  printf("ut 3: putchar x\n");
  errno = ENOENT;
  perror("err 3: perror");
  printf("out 4: fflush'd\n");
  fflush(stdout);
  const char *o = "out 5: write(1)\n", *e = "err 4: write(2)\n";
  write(1, o, strlen(o));
  write(2, e, strlen(e));
  return 2;
}
