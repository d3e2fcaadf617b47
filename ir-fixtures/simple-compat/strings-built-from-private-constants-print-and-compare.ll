; Test that strings Simple's compiled code builds with rt_string_new from its private constants (pointers passed as i64) concatenate, print through rt_println_str (a text argument expanded to the i64 results of rt_string_data and rt_string_len), and answer length, equality, find, index, slice, contains and to_string as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  val s = "Hello" + ", " + "Simple"; print(s) ...
; CHECK: Hello, Simple
; CHECK-NEXT: 13
; CHECK-NEXT: 1
; CHECK-NEXT: 7
; CHECK-NEXT: 101
; CHECK-NEXT: Hello
; CHECK-NEXT: 1
; CHECK-NEXT: Simple has 13 bytes
; CHECK-NEXT: 0

@str = private constant [5 x i8] c"Hello"
@str.1 = private constant [2 x i8] c", "
@str.2 = private constant [6 x i8] c"Simple"
@str.3 = private constant [13 x i8] c"Hello, Simple"
@str.4 = private constant [4 x i8] c"Simp"
@str.5 = private constant [5 x i8] c" has "
@str.6 = private constant [6 x i8] c" bytes"

define i64 @spl_main() {
bb0:
  %s = alloca i64, align 8
  %name = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %v1 = alloca i64, align 8
  store i64 0, ptr %v1, align 4
  %str_ptr_int = ptrtoint ptr @str to i64
  %str_new = call i64 @rt_string_new(i64 %str_ptr_int, i64 5)
  %str_ptr_int1 = ptrtoint ptr @str.1 to i64
  %str_new2 = call i64 @rt_string_new(i64 %str_ptr_int1, i64 2)
  %call = call i64 @rt_string_concat(i64 %str_new, i64 %str_new2)
  %str_ptr_int3 = ptrtoint ptr @str.2 to i64
  %str_new4 = call i64 @rt_string_new(i64 %str_ptr_int3, i64 6)
  store i64 %str_new4, ptr %name, align 4
  %call5 = call i64 @rt_string_concat(i64 %call, i64 %str_new4)
  store i64 %call5, ptr %s, align 4
  ; print(s)
  %s6 = load i64, ptr %s, align 4
  %str_data = call i64 @rt_string_data(i64 %s6)
  %str_len = call i64 @rt_string_len(i64 %s6)
  call void @rt_println_str(i64 %str_data, i64 %str_len)
  ; s.len()
  %call7 = call i64 @rt_string_len(i64 %s6)
  %box = shl i64 %call7, 3
  call void @rt_println_value(i64 %box)
  ; s == "Hello, Simple" (another string with the same bytes)
  %str_ptr_int8 = ptrtoint ptr @str.3 to i64
  %str_new9 = call i64 @rt_string_new(i64 %str_ptr_int8, i64 13)
  %call10 = call i64 @rt_string_eq(i64 %s6, i64 %str_new9)
  %box11 = shl i64 %call10, 3
  call void @rt_println_value(i64 %box11)
  ; s.find("Simple")
  %name12 = load i64, ptr %name, align 4
  %call13 = call i64 @rt_string_find(i64 %s6, i64 %name12)
  %box14 = shl i64 %call13, 3
  call void @rt_println_value(i64 %box14)
  ; s[-1] is the byte 'e'
  %call15 = call i64 @rt_index_get(i64 %s6, i64 -8)
  call void @rt_println_value(i64 %call15)
  ; s[0:5]
  %call16 = call i64 @rt_slice(i64 %s6, i64 0, i64 5, i64 1)
  call void @rt_println_value(i64 %call16)
  ; "Simp" in s
  %str_ptr_int17 = ptrtoint ptr @str.4 to i64
  %str_new18 = call i64 @rt_string_new(i64 %str_ptr_int17, i64 4)
  %call19 = call i8 @rt_contains(i64 %s6, i64 %str_new18)
  %zext = zext i8 %call19 to i64
  %box20 = shl i64 %zext, 3
  call void @rt_println_value(i64 %box20)
  ; print("{name} has {s.len()} bytes")
  %str_ptr_int21 = ptrtoint ptr @str.5 to i64
  %str_new22 = call i64 @rt_string_new(i64 %str_ptr_int21, i64 5)
  %call23 = call i64 @rt_string_concat(i64 %name12, i64 %str_new22)
  %call24 = call i64 @rt_to_string(i64 %box)
  %call25 = call i64 @rt_string_concat(i64 %call23, i64 %call24)
  %str_ptr_int26 = ptrtoint ptr @str.6 to i64
  %str_new27 = call i64 @rt_string_new(i64 %str_ptr_int26, i64 6)
  %call28 = call i64 @rt_string_concat(i64 %call25, i64 %str_new27)
  store i64 %call28, ptr %v0, align 4
  %v029 = load i64, ptr %v0, align 4
  %str_data30 = call i64 @rt_string_data(i64 %v029)
  %str_len31 = call i64 @rt_string_len(i64 %v029)
  call void @rt_println_str(i64 %str_data30, i64 %str_len31)
  ; the empty string: rt_string_new(0, 0)
  %str_new32 = call i64 @rt_string_new(i64 0, i64 0)
  store i64 %str_new32, ptr %v1, align 4
  %v133 = load i64, ptr %v1, align 4
  %call34 = call i64 @rt_len(i64 %v133)
  %box35 = shl i64 %call34, 3
  call void @rt_println_value(i64 %box35)
  ret i64 0
}

declare void @rt_println_str(i64, i64)

declare void @rt_println_value(i64)

declare i8 @rt_contains(i64, i64)
