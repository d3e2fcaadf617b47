; Test that --stop-on-error names the function and the bad bits when given garbage, with exit code 71 and stderr only.
; RUN: sh -c '%simple-jit --stop-on-error %s 2>&1 >/dev/null; echo "exit=$?"' | FileCheck --match-full-lines %s
; CHECK: simple-jit: runtime error: rt_dict_len: {{.*}}0x7fff12345671{{.*}}
; CHECK-NEXT: exit=71

define i32 @main() {
  %n = call i64 @rt_dict_len(i64 u0x7fff12345671)
  ret i32 0
}

declare i64 @rt_dict_len(i64)
