; Test that a unique pointer Simple's compiled code makes holds its array, that rt_unique_needs_trace and rt_unique_set answer with bool values as Simple's runtime does (true while the box holds a heap value, false once it holds an int), and that after rt_unique_free (declared void, as Simple declares it) the box reads nil.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  val u = unique([1, 2, 3]); ...; u.set(len(u.get()) * 5); ...; drop(u)
; CHECK: [1, 2, 3]
; CHECK-NEXT: true
; CHECK-NEXT: true
; CHECK-NEXT: 15
; CHECK-NEXT: false
; CHECK-NEXT: nil

define i64 @spl_main() {
bb0:
  %u = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %call = call i64 @rt_array_new(i64 3)
  %call1 = call i8 @rt_array_push(i64 %call, i64 8)
  %call2 = call i8 @rt_array_push(i64 %call, i64 16)
  %call3 = call i8 @rt_array_push(i64 %call, i64 24)
  %call4 = call i64 @rt_unique_new(i64 %call)
  store i64 %call4, ptr %u, align 4
  %u5 = load i64, ptr %u, align 4
  %call6 = call i64 @rt_unique_get(i64 %u5)
  call void @rt_println_value(i64 %call6)
  %call7 = call i64 @rt_unique_needs_trace(i64 %u5)
  call void @rt_println_value(i64 %call7)
  ; u.set(len(u.get()) * 5)
  %call8 = call i64 @rt_len(i64 %call6)
  %mul = mul i64 %call8, 5
  %box = shl i64 %mul, 3
  %call9 = call i64 @rt_unique_set(i64 %u5, i64 %box)
  call void @rt_println_value(i64 %call9)
  %call10 = call i64 @rt_unique_get(i64 %u5)
  call void @rt_println_value(i64 %call10)
  %call11 = call i64 @rt_unique_needs_trace(i64 %u5)
  call void @rt_println_value(i64 %call11)
  call void @rt_unique_free(i64 %u5)
  %call12 = call i64 @rt_unique_get(i64 %u5)
  call void @rt_println_value(i64 %call12)
  ret i64 0
}

declare i8 @rt_array_push(i64, i64)

declare void @rt_println_value(i64)

declare void @rt_unique_free(i64)
