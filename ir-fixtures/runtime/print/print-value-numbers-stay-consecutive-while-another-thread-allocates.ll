; Test that objects made by another thread between two of main's take numbers from that thread's own block: main numbers on 1, 2, 3 and the thread's object gets a number of its own.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)

define internal ptr @worker(ptr %arg) {
  %o = call i64 @rt_object_new(i64 1, i64 0)
  call void @rt_println_value(i64 %o)
  ret ptr null
}

define i32 @main() {
  %o1 = call i64 @rt_object_new(i64 1, i64 0)
  %o2 = call i64 @rt_object_new(i64 1, i64 0)
  %t = alloca i64
  %r = call i32 @pthread_create(ptr %t, ptr null, ptr @worker, ptr null)
  %tid = load i64, ptr %t
  call i32 @pthread_join(i64 %tid, ptr null)
; CHECK: <object#[[THREAD:[0-9]+]]>
  %o3 = call i64 @rt_object_new(i64 1, i64 0)
  call void @rt_println_value(i64 %o1)
  call void @rt_println_value(i64 %o2)
  call void @rt_println_value(i64 %o3)
; CHECK-NEXT: <object#1>
; CHECK-NEXT: <object#2>
; CHECK-NEXT: <object#3>
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_object_new(i64, i64)
