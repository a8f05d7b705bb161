package main

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func total(shapes []Shape) int {
	sum := 0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return 2 * x }

func main() {
	shapes := []Shape{Square{2}, &Rect{2, 3}}
	t := total(shapes)
	println(apply(double, t))
	println(apply(func(x int) int { return x + 1 }, t))
}
