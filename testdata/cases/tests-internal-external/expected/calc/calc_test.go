package calc

import "testing"

import __atel_context "context"

func TestMultiplyInternal(t *testing.T) {
	cases := []struct{ a, b, want int }{{2, 3, 6}, {0, 9, 0}, {-4, 5, -20}}
	for _, c := range cases {
		if got := multiply(__atel_context.TODO(), c.a, c.b); got != c.want {
			t.Errorf("multiply(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestAccInternalFields(t *testing.T) {
	a := NewAcc(__atel_context.TODO())
	a.Push(__atel_context.TODO(), 3)
	a.Push(__atel_context.TODO(), 4)
	if a.sum != 7 || a.n != 2 {
		t.Fatalf("acc fields = %d/%d, want 7/2", a.sum, a.n)
	}
}

func helperFactorial(t *testing.T, n, want int) {
	t.Helper()
	if got := Factorial(__atel_context.TODO(), n); got != want {
		t.Errorf("Factorial(%d) = %d, want %d", n, got, want)
	}
}

func TestFactorialInternal(t *testing.T) {
	helperFactorial(t, 0, 1)
	helperFactorial(t, 5, 120)
}
