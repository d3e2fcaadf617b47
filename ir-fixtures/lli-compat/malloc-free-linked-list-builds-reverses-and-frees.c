// A singly linked list of malloc'd nodes (with malloc'd strings) is built,
// reversed, filtered with free() of removed nodes, and fully freed; realloc
// and calloc are used too. The node count is tracked to prove every node
// allocated is freed.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: built: n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 (10 nodes)
// CHECK-NEXT: reversed: n9 n8 n7 n6 n5 n4 n3 n2 n1 n0
// CHECK-NEXT: odd removed: n8 n6 n4 n2 n0 (live 5)
// CHECK-NEXT: calloc zeroed: yes; realloc kept: 0 1 2 3 4 5 6 7 (grown to 1000)
// CHECK-NEXT: live after free: 0
// CHECK-NEXT: exit=0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Node {
  int value;
  char *label;
  struct Node *next;
};

static int live;

static struct Node *push_back(struct Node *head, int v) {
  struct Node *n = malloc(sizeof *n);
  char buf[16];
  snprintf(buf, sizeof buf, "n%d", v);
  n->label = malloc(strlen(buf) + 1);
  strcpy(n->label, buf);
  n->value = v;
  n->next = NULL;
  live++;
  if (!head)
    return n;
  struct Node *p = head;
  while (p->next)
    p = p->next;
  p->next = n;
  return head;
}

static void free_node(struct Node *n) {
  free(n->label);
  free(n);
  live--;
}

static struct Node *reverse(struct Node *head) {
  struct Node *prev = NULL;
  while (head) {
    struct Node *next = head->next;
    head->next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

static struct Node *remove_odd(struct Node *head) {
  struct Node **link = &head;
  while (*link) {
    if ((*link)->value % 2) {
      struct Node *dead = *link;
      *link = dead->next;
      free_node(dead);
    } else {
      link = &(*link)->next;
    }
  }
  return head;
}

static void print(const char *label, struct Node *head) {
  printf("%s:", label);
  for (; head; head = head->next)
    printf(" %s", head->label);
}

int main(void) {
  struct Node *list = NULL;
  for (int i = 0; i < 10; i++)
    list = push_back(list, i);
  print("built", list);
  printf(" (%d nodes)\n", live);
  list = reverse(list);
  print("reversed", list);
  printf("\n");
  list = remove_odd(list);
  print("odd removed", list);
  printf(" (live %d)\n", live);

  int *arr = calloc(8, sizeof *arr);
  int zero = 1;
  for (int i = 0; i < 8; i++) {
    zero &= arr[i] == 0;
    arr[i] = i;
  }
  arr = realloc(arr, 1000 * sizeof *arr);
  printf("calloc zeroed: %s; realloc kept:", zero ? "yes" : "no");
  for (int i = 0; i < 8; i++)
    printf(" %d", arr[i]);
  printf(" (grown to 1000)\n");
  free(arr);

  while (list) {
    struct Node *next = list->next;
    free_node(list);
    list = next;
  }
  printf("live after free: %d\n", live);
  return 0;
}
