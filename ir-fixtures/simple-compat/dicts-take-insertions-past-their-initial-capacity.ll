; Test that Simple's compiled code can insert twenty int keys and a string key into a dict made with capacity 2 (the audited version of Simple's runtime refused inserts once its slots were full): each rt_dict_set answers true through its i8 result, a repeated key replaces its value, and the length, lookups, a missing key, contains, the keys in insertion order and the sum of the values come back as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  val d = {} (capacity 2); for k in 0..20: d[k] = k * k; d["alpha"] = 1; d["alpha"] = 2
; CHECK: 22
; CHECK-NEXT: 21
; CHECK-NEXT: 169
; CHECK-NEXT: 361
; CHECK-NEXT: 2
; CHECK-NEXT: nil
; CHECK-NEXT: 1
; CHECK-NEXT: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, "alpha"]
; CHECK-NEXT: 2472

@str = private constant [5 x i8] c"alpha"

define i64 @spl_main() {
bb0:
  %d = alloca i64, align 8
  %k = alloca i64, align 8
  %inserted = alloca i64, align 8
  %total = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %v1 = alloca i64, align 8
  store i64 0, ptr %v1, align 4
  %call = call i64 @rt_dict_new(i64 2)
  store i64 %call, ptr %d, align 4
  store i64 0, ptr %k, align 4
  store i64 0, ptr %inserted, align 4
  store i64 0, ptr %total, align 4
  br label %bb1

bb1:                                              ; for k in 0..20
  %k1 = load i64, ptr %k, align 4
  %lt = icmp slt i64 %k1, 20
  br i1 %lt, label %bb2, label %bb3

bb2:                                              ; d[k] = k * k
  %k2 = load i64, ptr %k, align 4
  %box = shl i64 %k2, 3
  %mul = mul i64 %k2, %k2
  %box3 = shl i64 %mul, 3
  %d4 = load i64, ptr %d, align 4
  %call5 = call i8 @rt_dict_set(i64 %d4, i64 %box, i64 %box3)
  %zext = zext i8 %call5 to i64
  %inserted6 = load i64, ptr %inserted, align 4
  %add = add i64 %inserted6, %zext
  store i64 %add, ptr %inserted, align 4
  %add7 = add i64 %k2, 1
  store i64 %add7, ptr %k, align 4
  br label %bb1

bb3:                                              ; d["alpha"] = 1, then 2
  %d8 = load i64, ptr %d, align 4
  %str_ptr_int = ptrtoint ptr @str to i64
  %str_new = call i64 @rt_string_new(i64 %str_ptr_int, i64 5)
  store i64 %str_new, ptr %v0, align 4
  %v09 = load i64, ptr %v0, align 4
  %call10 = call i8 @rt_dict_set(i64 %d8, i64 %v09, i64 8)
  %zext11 = zext i8 %call10 to i64
  %call12 = call i8 @rt_dict_set(i64 %d8, i64 %v09, i64 16)
  %zext13 = zext i8 %call12 to i64
  %inserted14 = load i64, ptr %inserted, align 4
  %add15 = add i64 %inserted14, %zext11
  %add16 = add i64 %add15, %zext13
  %box17 = shl i64 %add16, 3
  call void @rt_println_value(i64 %box17)
  %call18 = call i64 @rt_dict_len(i64 %d8)
  %box19 = shl i64 %call18, 3
  call void @rt_println_value(i64 %box19)
  ; d[13], d[19], d["alpha"] (another string with the same bytes), d[99]
  %call20 = call i64 @rt_dict_get(i64 %d8, i64 104)
  call void @rt_println_value(i64 %call20)
  %call21 = call i64 @rt_index_get(i64 %d8, i64 152)
  call void @rt_println_value(i64 %call21)
  %str_new22 = call i64 @rt_string_new(i64 %str_ptr_int, i64 5)
  %call23 = call i64 @rt_dict_get(i64 %d8, i64 %str_new22)
  call void @rt_println_value(i64 %call23)
  %call24 = call i64 @rt_dict_get(i64 %d8, i64 792)
  call void @rt_println_value(i64 %call24)
  %call25 = call i8 @rt_dict_contains(i64 %d8, i64 %str_new22)
  %zext26 = zext i8 %call25 to i64
  %box27 = shl i64 %zext26, 3
  call void @rt_println_value(i64 %box27)
  %call28 = call i64 @rt_dict_keys(i64 %d8)
  call void @rt_println_value(i64 %call28)
  %call29 = call i64 @rt_dict_values(i64 %d8)
  store i64 %call29, ptr %v1, align 4
  store i64 0, ptr %k, align 4
  br label %bb4

bb4:                                              ; for v in d.values(): total += v
  %k30 = load i64, ptr %k, align 4
  %v131 = load i64, ptr %v1, align 4
  %call32 = call i64 @rt_array_len(i64 %v131)
  %lt33 = icmp slt i64 %k30, %call32
  br i1 %lt33, label %bb5, label %bb6

bb5:
  %call34 = call i64 @rt_array_get(i64 %v131, i64 %k30)
  %unbox = ashr i64 %call34, 3
  %total35 = load i64, ptr %total, align 4
  %add36 = add i64 %total35, %unbox
  store i64 %add36, ptr %total, align 4
  %add37 = add i64 %k30, 1
  store i64 %add37, ptr %k, align 4
  br label %bb4

bb6:
  %total38 = load i64, ptr %total, align 4
  %box39 = shl i64 %total38, 3
  call void @rt_println_value(i64 %box39)
  %d40 = load i64, ptr %d, align 4
  call void @rt_dict_free(i64 %d40)
  ret i64 0
}

declare i8 @rt_dict_set(i64, i64, i64)

declare void @rt_println_value(i64)

declare i8 @rt_dict_contains(i64, i64)

declare void @rt_dict_free(i64)
