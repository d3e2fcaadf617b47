// stdin redirected from a file (this test's own source) is read line by line
// with fgets until EOF; the program counts its own #include lines, then
// rewinds stdin (a redirected file is seekable) and reads it again with getc.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll < %s | FileCheck %s
// CHECK: #include lines: 2
// CHECK-NEXT: first line: // stdin redirected from a file
// CHECK-NEXT: last line: }
// CHECK-NEXT: saw EOF: yes, bytes in == getc bytes: yes
// CHECK-NEXT: exit=0
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[512], first[64] = "", last[512] = "";
  int includes = 0;
  long bytes = 0;
  while (fgets(line, sizeof line, stdin)) {
    bytes += (long)strlen(line);
    if (strncmp(line, "#include", 8) == 0)
      includes++;
    if (!first[0]) {
      strncpy(first, line, 33);
      first[33] = 0;
    }
    strcpy(last, line);
  }
  last[strcspn(last, "\n")] = 0;
  printf("#include lines: %d\n", includes);
  printf("first line: %s\n", first);
  printf("last line: %s\n", last);
  /* Rewind and count with getc: a regular file must be seekable. */
  long again = 0;
  if (fseek(stdin, 0, SEEK_SET) == 0)
    while (getc(stdin) != EOF)
      again++;
  printf("saw EOF: %s, bytes in == getc bytes: %s\n", feof(stdin) ? "yes" : "no",
         again == bytes ? "yes" : "no");
  return 0;
}
