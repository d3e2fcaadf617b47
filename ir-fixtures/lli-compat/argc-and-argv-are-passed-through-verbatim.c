// Program arguments after the IR file reach main as argv[1..argc-1] verbatim
// (spaces, empty strings, leading dashes, non-ASCII bytes), argv[argc] is
// NULL, and with no arguments argc is 1.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll alpha "two words" "" -x --flag=1 'ünï' | FileCheck %s
// RUN: %compare-with-lli %t.ll | FileCheck --check-prefix=NOARGS %s
// CHECK: argc=7
// CHECK-NEXT: argv[1]=<alpha> len=5
// CHECK-NEXT: argv[2]=<two words> len=9
// CHECK-NEXT: argv[3]=<> len=0
// CHECK-NEXT: argv[4]=<-x> len=2
// CHECK-NEXT: argv[5]=<--flag=1> len=8
// CHECK-NEXT: argv[6]=<ünï> len=5
// CHECK-NEXT: argv[argc] is NULL: yes
// CHECK-NEXT: exit=7
// NOARGS: argc=1
// NOARGS-NEXT: argv[argc] is NULL: yes
// NOARGS-NEXT: exit=1
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  for (int i = 1; i < argc; i++)
    printf("argv[%d]=<%s> len=%zu\n", i, argv[i], strlen(argv[i]));
  printf("argv[argc] is NULL: %s\n", argv[argc] == NULL ? "yes" : "no");
  return argc;
}
