; Test that a declaration with fewer parameters than the table's is refused before anything runs, as the function would read an argument nobody passed: the error names both signatures and the exit code is 65.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: sh -c '%simple-jit --entry=spl_main %t.ll 2>&1; echo "exit=$?"' | FileCheck %s
;
; CHECK-NOT: the module ran
; CHECK: simple-jit: error: {{.*}}: 'rt_dict_set' is declared as 'i8 (i64, i64)' but the runtime defines 'i64 (i64, i64, i64)'
; CHECK-NOT: the module ran
; CHECK: exit=65

@str = private constant [14 x i8] c"the module ran"

define i64 @spl_main() {
bb0:
  %str_ptr_int = ptrtoint ptr @str to i64
  call void @rt_println_str(i64 %str_ptr_int, i64 14)
  %call = call i64 @rt_dict_new(i64 4)
  %call1 = call i8 @rt_dict_set(i64 %call, i64 8)
  ret i64 0
}

declare void @rt_println_str(i64, i64)

declare i8 @rt_dict_set(i64, i64)
