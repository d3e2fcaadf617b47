; Test that a SIGSEGV inside JIT code names the faulting function, keeps earlier output, exits 128+11.
; RUN: sh -c '%simple-jit -O0 %s > %t.out 2> %t.err; echo "exit=$?" >> %t.out'
; RUN: FileCheck %s --check-prefix=OUT < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; OUT: before the crash
; OUT-NEXT: exit=139
; ERR: simple-jit: fatal signal SIGSEGV (Segmentation fault) in JIT-compiled function 'write_through_null' at offset 0x{{[0-9a-f]+}}, accessing address 0x0
@text = private constant [17 x i8] c"before the crash\00"
declare i32 @puts(ptr)
define void @write_through_null(ptr %p) {
  store volatile i32 1, ptr %p
  ret void
}
define i32 @main() {
  call i32 @puts(ptr @text)
  call void @write_through_null(ptr null)
  ret i32 0
}
