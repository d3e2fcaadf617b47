; Test that --load makes a shared library's functions callable, and that a bad library is reported.
; RUN: %clang -shared -fPIC %inputs/shared-library.c -o %t.so
; RUN: sh -c '%simple-jit --load=%t.so %s; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit --load=%t.missing.so %s 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=BAD
; CHECK: exit=49
; BAD: simple-jit: error: cannot load library '{{.*}}missing.so'
; BAD: exit=69
declare i64 @shared_library_square(i64)
define i32 @main() {
  %r = call i64 @shared_library_square(i64 7)
  %t = trunc i64 %r to i32
  ret i32 %t
}
