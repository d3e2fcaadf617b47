; Test that the program reads the tool's stdin and writes its stdout.
; RUN: echo "echoed line" | %simple-jit %s | FileCheck %s
; CHECK: got: echoed line
@format = private constant [9 x i8] c"got: %s\0A\00"
declare ptr @fgets(ptr, i32, ptr)
declare i32 @printf(ptr, ...)
@stdin = external global ptr
define i32 @main() {
  %buffer = alloca [64 x i8]
  %in = load ptr, ptr @stdin
  %line = call ptr @fgets(ptr %buffer, i32 64, ptr %in)
  %len = call i64 @strcspn(ptr %buffer, ptr @newline)
  %end = getelementptr i8, ptr %buffer, i64 %len
  store i8 0, ptr %end
  call i32 (ptr, ...) @printf(ptr @format, ptr %buffer)
  ret i32 0
}
@newline = private constant [2 x i8] c"\0A\00"
declare i64 @strcspn(ptr, ptr)
