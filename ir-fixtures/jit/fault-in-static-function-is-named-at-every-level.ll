; Test that a SIGSEGV in an internal (static) function names it at every optimisation level, even
; where the optimiser specialises or clones it.
; RUN: sh -c '%simple-jit -O0 %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O1 %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O2 %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O3 %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: fatal signal SIGSEGV (Segmentation fault) in JIT-compiled function 'write_through{{(\.[a-z0-9.]+)?}}' at offset 0x{{[0-9a-f]+}}, accessing address 0x0
; CHECK: exit=139
define internal void @write_through(ptr %p) noinline {
  store volatile i32 1, ptr %p
  ret void
}
define i32 @main(i32 %argc, ptr %argv) {
  ; a null pointer the optimiser cannot see: argc is 1
  %zero = sub i32 %argc, 1
  %wide = zext i32 %zero to i64
  %p = inttoptr i64 %wide to ptr
  call void @write_through(ptr %p)
  ret i32 0
}
