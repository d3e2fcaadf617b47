; Test that llvm.global_ctors run before main in priority order, and dtors after it.
; RUN: %simple-jit %s | FileCheck %s
; CHECK: ctor 10
; CHECK-NEXT: ctor 200
; CHECK-NEXT: ctor 65535
; CHECK-NEXT: main
; CHECK-NEXT: dtor
@llvm.global_ctors = appending global [3 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @ctor_default, ptr null },
  { i32, ptr, ptr } { i32 10, ptr @ctor_early, ptr null },
  { i32, ptr, ptr } { i32 200, ptr @ctor_middle, ptr null }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @dtor, ptr null }]
@t10 = private constant [8 x i8] c"ctor 10\00"
@t200 = private constant [9 x i8] c"ctor 200\00"
@t65535 = private constant [11 x i8] c"ctor 65535\00"
@tmain = private constant [5 x i8] c"main\00"
@tdtor = private constant [5 x i8] c"dtor\00"
declare i32 @puts(ptr)
define void @ctor_early() {
  call i32 @puts(ptr @t10)
  ret void
}
define void @ctor_middle() {
  call i32 @puts(ptr @t200)
  ret void
}
define void @ctor_default() {
  call i32 @puts(ptr @t65535)
  ret void
}
define void @dtor() {
  call i32 @puts(ptr @tdtor)
  ret void
}
define i32 @main() {
  call i32 @puts(ptr @tmain)
  ret i32 0
}
