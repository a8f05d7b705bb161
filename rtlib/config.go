// Defines config and configFromEnv: what the standard OTEL_* environment variables (and INSTRGEN_*) ask rtlib for.
package rtlib

import (
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
)

// bspConfig sizes and times the batch span processor (OTEL_BSP_*).
type bspConfig struct {
	scheduleDelay  time.Duration
	exportTimeout  time.Duration
	maxQueueSize   int
	maxExportBatch int
	// dropWhenFull makes a full queue drop spans (counted on stderr) instead of making the ending
	// goroutine wait for the exporter; INSTRGEN_BSP_WHEN_FULL=drop asks for it.
	dropWhenFull bool
}

// config is everything rtlib reads from the environment, already checked; bad values were reported and
// replaced by the defaults.
type config struct {
	serviceName string
	// resourceAttrs come from OTEL_RESOURCE_ATTRIBUTES, in the order written.
	resourceAttrs []attribute.KeyValue
	sampler       sdktrace.Sampler
	samplerText   string
	bsp           bspConfig
	// exporters are the names in OTEL_TRACES_EXPORTER, known ones only, without duplicates.
	exporters  []string
	tracesFile string
	otlp       otlpConfig
	// jaegerCollector is set when OTEL_EXPORTER_JAEGER_ENDPOINT names a collector (else the agent is used).
	jaegerCollector bool
	programName     string
}

// configFromEnv reads the configuration through getenv (os.Getenv in programs); every complaint goes to logger.
func configFromEnv(getenv func(string) string, logger *log.Logger) config {
	c := config{programName: "unknown_service"}
	if len(os.Args) > 0 && os.Args[0] != "" {
		c.programName = filepath.Base(os.Args[0])
	}
	c.resourceAttrs = resourceAttrsFromEnv(getenv("OTEL_RESOURCE_ATTRIBUTES"), logger)
	c.serviceName = strings.TrimSpace(getenv("OTEL_SERVICE_NAME"))
	c.sampler, c.samplerText = samplerFromEnv(getenv("OTEL_TRACES_SAMPLER"), getenv("OTEL_TRACES_SAMPLER_ARG"), logger)
	c.bsp = bspFromEnv(getenv, logger)
	c.exporters = exporterNamesFromEnv(getenv("OTEL_TRACES_EXPORTER"), logger)
	c.tracesFile = getenv(TracesFileEnv)
	if c.tracesFile == "" {
		c.tracesFile = defaultTracesFile
	}
	c.otlp = otlpConfigFromEnv(getenv, logger)
	c.jaegerCollector = strings.TrimSpace(getenv("OTEL_EXPORTER_JAEGER_ENDPOINT")) != ""
	return c
}

// resourceAttrsFromEnv parses OTEL_RESOURCE_ATTRIBUTES: key1=value1,key2=value2, values percent-encoded
// as in W3C Baggage. Entries without '=' or with bad escapes are reported and skipped.
func resourceAttrsFromEnv(text string, logger *log.Logger) []attribute.KeyValue {
	var out []attribute.KeyValue
	for _, entry := range strings.Split(text, ",") {
		if strings.TrimSpace(entry) == "" {
			continue
		}
		kv := strings.SplitN(entry, "=", 2)
		key := strings.TrimSpace(kv[0])
		if len(kv) != 2 || key == "" {
			logger.Printf("OTEL_RESOURCE_ATTRIBUTES: %q is not key=value; skipped", entry)
			continue
		}
		value, err := url.PathUnescape(strings.TrimSpace(kv[1]))
		if err != nil {
			logger.Printf("OTEL_RESOURCE_ATTRIBUTES: the value of %q is not percent-encoded correctly (%v); skipped", key, err)
			continue
		}
		out = append(out, attribute.String(key, value))
	}
	return out
}

// samplerFromEnv builds the sampler OTEL_TRACES_SAMPLER names; anything unknown falls back to the
// specification's default, parentbased_always_on.
func samplerFromEnv(name, arg string, logger *log.Logger) (sdktrace.Sampler, string) {
	name = strings.ToLower(strings.TrimSpace(name))
	ratio := func() float64 {
		arg = strings.TrimSpace(arg)
		if arg == "" {
			return 1
		}
		r, err := strconv.ParseFloat(arg, 64)
		if err != nil || r < 0 || r > 1 || r != r {
			logger.Printf("OTEL_TRACES_SAMPLER_ARG=%q is not a probability between 0 and 1; using 1", arg)
			return 1
		}
		return r
	}
	switch name {
	case "always_on":
		return sdktrace.AlwaysSample(), name
	case "always_off":
		return sdktrace.NeverSample(), name
	case "traceidratio":
		r := ratio()
		return sdktrace.TraceIDRatioBased(r), fmt.Sprintf("%s(%g)", name, r)
	case "", "parentbased_always_on":
		return parentBasedAlwaysOn{}, "parentbased_always_on"
	case "parentbased_always_off":
		return sdktrace.ParentBased(sdktrace.NeverSample()), name
	case "parentbased_traceidratio":
		r := ratio()
		return sdktrace.ParentBased(sdktrace.TraceIDRatioBased(r)), fmt.Sprintf("%s(%g)", name, r)
	}
	logger.Printf("OTEL_TRACES_SAMPLER=%q is not one of always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, parentbased_traceidratio; using parentbased_always_on", name)
	return parentBasedAlwaysOn{}, "parentbased_always_on"
}

// bspFromEnv reads OTEL_BSP_SCHEDULE_DELAY, _EXPORT_TIMEOUT (milliseconds), _MAX_QUEUE_SIZE and
// _MAX_EXPORT_BATCH_SIZE, with the specification's defaults (5000, 30000, 2048, 512).
func bspFromEnv(getenv func(string) string, logger *log.Logger) bspConfig {
	b := bspConfig{
		scheduleDelay:  time.Duration(positiveIntFromEnv(getenv, "OTEL_BSP_SCHEDULE_DELAY", 5000, logger)) * time.Millisecond,
		exportTimeout:  time.Duration(positiveIntFromEnv(getenv, "OTEL_BSP_EXPORT_TIMEOUT", 30000, logger)) * time.Millisecond,
		maxQueueSize:   positiveIntFromEnv(getenv, "OTEL_BSP_MAX_QUEUE_SIZE", 2048, logger),
		maxExportBatch: positiveIntFromEnv(getenv, "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", 512, logger),
	}
	if b.maxExportBatch > b.maxQueueSize {
		logger.Printf("OTEL_BSP_MAX_EXPORT_BATCH_SIZE=%d is larger than OTEL_BSP_MAX_QUEUE_SIZE=%d; using %d", b.maxExportBatch, b.maxQueueSize, b.maxQueueSize)
		b.maxExportBatch = b.maxQueueSize
	}
	switch v := strings.ToLower(strings.TrimSpace(getenv("INSTRGEN_BSP_WHEN_FULL"))); v {
	case "", "block":
	case "drop":
		b.dropWhenFull = true
	default:
		logger.Printf("INSTRGEN_BSP_WHEN_FULL=%q is neither block nor drop; using block", v)
	}
	return b
}

func positiveIntFromEnv(getenv func(string) string, name string, def int, logger *log.Logger) int {
	text := strings.TrimSpace(getenv(name))
	if text == "" {
		return def
	}
	n, err := strconv.Atoi(text)
	if err != nil || n <= 0 {
		logger.Printf("%s=%q is not a positive whole number; using %d", name, text, def)
		return def
	}
	return n
}

// knownExporters are the values OTEL_TRACES_EXPORTER may list.
var knownExporters = map[string]bool{"file": true, "otlp": true, "jaeger": true, "console": true, "none": true}

// exporterNamesFromEnv reads the comma-separated OTEL_TRACES_EXPORTER list; empty means file, and
// "none" alone means no exporter at all.
func exporterNamesFromEnv(text string, logger *log.Logger) []string {
	var names []string
	seen := map[string]bool{}
	for _, n := range strings.Split(text, ",") {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" || seen[n] {
			continue
		}
		if !knownExporters[n] {
			logger.Printf("OTEL_TRACES_EXPORTER: %q is not one of file, otlp, jaeger, console, none; ignored", n)
			continue
		}
		seen[n] = true
		if n != "none" {
			names = append(names, n)
		}
	}
	if len(names) == 0 && !seen["none"] {
		return []string{"file"}
	}
	return names
}

// resourceFromConfig is the process's resource: the SDK's telemetry.sdk.* attributes, then
// OTEL_RESOURCE_ATTRIBUTES, then service.name from OTEL_SERVICE_NAME, else from
// OTEL_RESOURCE_ATTRIBUTES, else the program's base name.
func resourceFromConfig(c config) *resource.Resource {
	var attrs []attribute.KeyValue
	for _, kv := range resource.Default().Attributes() {
		if strings.HasPrefix(string(kv.Key), "telemetry.sdk.") {
			attrs = append(attrs, kv)
		}
	}
	service := c.programName
	for _, kv := range c.resourceAttrs {
		if kv.Key == semconv.ServiceNameKey {
			service = kv.Value.AsString()
			continue
		}
		attrs = append(attrs, kv)
	}
	if c.serviceName != "" {
		service = c.serviceName
	}
	attrs = append(attrs, semconv.ServiceNameKey.String(service))
	return resource.NewWithAttributes(semconv.SchemaURL, attrs...)
}
