; Test that arrays print as [1, 2], tuples as (1, "a"), dicts as {"k": 1} in insertion order, nested and empty ones too.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@a = private constant [1 x i8] c"a"
@k = private constant [1 x i8] c"k"
@z = private constant [1 x i8] c"z"

define i32 @main() {
  %sa = call i64 @rt_string_new(ptr @a, i64 1)
  %sk = call i64 @rt_string_new(ptr @k, i64 1)
  %sz = call i64 @rt_string_new(ptr @z, i64 1)
  %arr = call i64 @rt_array_new(i64 0)
  call void @rt_println_value(i64 %arr)
; CHECK: []
  call i64 @rt_array_push(i64 %arr, i64 8)
  call i64 @rt_array_push(i64 %arr, i64 16)
  call void @rt_println_value(i64 %arr)
; CHECK-NEXT: [1, 2]
  %t = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 8)
  call i64 @rt_tuple_set(i64 %t, i64 1, i64 %sa)
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: (1, "a")
  %d = call i64 @rt_dict_new(i64 0)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {}
  call i64 @rt_dict_set(i64 %d, i64 %sz, i64 8)
  call i64 @rt_dict_set(i64 %d, i64 %sk, i64 %arr)
  call i64 @rt_dict_set(i64 %d, i64 24, i64 %t)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {"z": 1, "k": [1, 2], 3: (1, "a")}
  ; a tuple of nils
  %t3 = call i64 @rt_tuple_new(i64 3)
  call void @rt_println_value(i64 %t3)
; CHECK-NEXT: (nil, nil, nil)
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_set(i64, i64, i64)
