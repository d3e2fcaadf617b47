; Test that exit() from a nested call ends the program with its code and still
; runs atexit handlers and llvm.global_dtors of the JIT'd module.
; RUN: sh -c '%simple-jit %s; echo "exit=$?"' | FileCheck %s
; CHECK: in main
; CHECK-NEXT: atexit handler
; CHECK-NEXT: global dtor
; CHECK-NEXT: exit=3
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @dtor, ptr null }]
@main_text = private constant [8 x i8] c"in main\00"
@atexit_text = private constant [15 x i8] c"atexit handler\00"
@dtor_text = private constant [12 x i8] c"global dtor\00"
declare i32 @puts(ptr)
declare i32 @atexit(ptr)
declare void @exit(i32)
define void @dtor() {
  call i32 @puts(ptr @dtor_text)
  ret void
}
define void @handler() {
  call i32 @puts(ptr @atexit_text)
  ret void
}
define void @leave(i32 %code) {
  call void @exit(i32 %code)
  unreachable
}
define i32 @main() {
  call i32 @atexit(ptr @handler)
  call i32 @puts(ptr @main_text)
  call void @leave(i32 3)
  ret i32 0
}
