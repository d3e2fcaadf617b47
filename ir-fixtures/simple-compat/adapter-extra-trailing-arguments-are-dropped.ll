; Test that a declaration with more parameters than the table's is accepted and the extra trailing arguments are dropped: Simple's older two-argument rt_free(ptr, size) frees the rt_alloc block (a second free of it is then reported as not a live block), and rt_println_value declared with a second argument prints only the first.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; CHECK: 0
; CHECK-NEXT: 42
; CHECK-NEXT: 0
; CHECK-NEXT: 1

define i64 @spl_main() {
bb0:
  %block = alloca i64, align 8
  %call = call i64 @rt_alloc(i64 32)
  store i64 %call, ptr %block, align 4
  %block1 = load i64, ptr %block, align 4
  call void @rt_free(i64 %block1, i64 32)
  %call2 = call i64 @rt_error_code()
  %box = shl i64 %call2, 3
  call void @rt_println_value(i64 %box, i64 99)
  call void @rt_println_value(i64 336, i64 -1)
  ; freeing it again is an error, so the first call did free it
  call void @rt_error_clear()
  %call3 = call i64 @rt_error_code()
  %box4 = shl i64 %call3, 3
  call void @rt_println_value(i64 %box4, i64 0)
  call void @rt_free(i64 %block1, i64 32)
  %call5 = call i64 @rt_error_code()
  %ne = icmp ne i64 %call5, 0
  %zext = zext i1 %ne to i64
  %box6 = shl i64 %zext, 3
  call void @rt_println_value(i64 %box6, i64 7)
  ret i64 0
}

declare void @rt_free(i64, i64)

declare i64 @rt_error_code()

declare void @rt_println_value(i64, i64)

declare void @rt_error_clear()
