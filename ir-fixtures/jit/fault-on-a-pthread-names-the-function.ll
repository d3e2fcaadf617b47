; Test that a SIGSEGV on a thread the program created names the JIT'd function it happened in,
; an internal one at the default level, and exits 128+11 after the main thread's earlier output.
; RUN: sh -c '%simple-jit %s > %t.out 2> %t.err; echo "exit=$?" >> %t.out'
; RUN: FileCheck %s --check-prefix=OUT < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; OUT: main before the thread
; OUT-NEXT: exit=139
; ERR: simple-jit: fatal signal SIGSEGV (Segmentation fault) in JIT-compiled function 'write_through{{[.a-z0-9]*}}' at offset 0x{{[0-9a-f]+}}, accessing address 0x0
@text = private constant [23 x i8] c"main before the thread\00"
@target = global ptr null
declare i32 @puts(ptr)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)
define internal void @write_through(ptr %p) noinline {
  store volatile i32 1, ptr %p
  ret void
}
define internal ptr @worker(ptr %arg) {
  %p = load volatile ptr, ptr @target
  call void @write_through(ptr %p)
  ret ptr null
}
define i32 @main() {
  %thread = alloca i64
  call i32 @puts(ptr @text)
  call i32 @pthread_create(ptr %thread, ptr null, ptr @worker, ptr null)
  %t = load i64, ptr %thread
  call i32 @pthread_join(i64 %t, ptr null)
  ret i32 0
}
