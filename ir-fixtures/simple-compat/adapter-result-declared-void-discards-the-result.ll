; Test that a runtime function whose table result is i64 may be declared void, as Simple declares rt_unique_free: the call still does its work (the unique box is released, the dict is left alone as rt_dict_free promises, the array is cleared) and nothing is read back.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; CHECK: 7
; CHECK-NEXT: nil
; CHECK-NEXT: 1
; CHECK-NEXT: 2
; CHECK-NEXT: 0

define i64 @spl_main() {
bb0:
  %u = alloca i64, align 8
  %d = alloca i64, align 8
  %a = alloca i64, align 8
  %call = call i64 @rt_unique_new(i64 56)
  store i64 %call, ptr %u, align 4
  %u1 = load i64, ptr %u, align 4
  %call2 = call i64 @rt_unique_get(i64 %u1)
  call void @rt_println_value(i64 %call2)
  call void @rt_unique_free(i64 %u1)
  %call3 = call i64 @rt_unique_get(i64 %u1)
  call void @rt_println_value(i64 %call3)
  ; rt_dict_free is a no-op: the dict keeps its entry
  %call4 = call i64 @rt_dict_new(i64 1)
  store i64 %call4, ptr %d, align 4
  %d5 = load i64, ptr %d, align 4
  call void @rt_dict_set(i64 %d5, i64 8, i64 16)
  call void @rt_dict_free(i64 %d5)
  %call6 = call i64 @rt_dict_len(i64 %d5)
  %box = shl i64 %call6, 3
  call void @rt_println_value(i64 %box)
  ; a push and a clear, each declared void
  %call7 = call i64 @rt_array_new(i64 0)
  store i64 %call7, ptr %a, align 4
  %a8 = load i64, ptr %a, align 4
  call void @rt_array_push(i64 %a8, i64 8)
  call void @rt_array_push(i64 %a8, i64 16)
  %call9 = call i64 @rt_array_len(i64 %a8)
  %box10 = shl i64 %call9, 3
  call void @rt_println_value(i64 %box10)
  call void @rt_array_clear(i64 %a8)
  %call11 = call i64 @rt_array_len(i64 %a8)
  %box12 = shl i64 %call11, 3
  call void @rt_println_value(i64 %box12)
  ret i64 0
}

declare void @rt_println_value(i64)

declare void @rt_unique_free(i64)

declare void @rt_dict_set(i64, i64, i64)

declare void @rt_dict_free(i64)

declare void @rt_array_push(i64, i64)

declare void @rt_array_clear(i64)
