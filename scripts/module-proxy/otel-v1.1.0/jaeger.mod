// The go.mod of go.opentelemetry.io/otel/exporters/jaeger v1.1.0: upstream's module, go and require lines (Debian's tree lacks this file).
module go.opentelemetry.io/otel/exporters/jaeger

go 1.15

require (
	github.com/google/go-cmp v0.5.6
	github.com/stretchr/testify v1.7.0
	go.opentelemetry.io/otel v1.1.0
	go.opentelemetry.io/otel/sdk v1.1.0
	go.opentelemetry.io/otel/trace v1.1.0
)
