package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/web"
	"github.com/spf13/cobra"
)

func (m *Main) serveCommand() *cobra.Command {
	var addr string
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store: a JSON API under /api/ and an Arabic web interface",
		Long: `serve answers HTTP on --addr: the JSON API under /api/ (its OpenAPI document at
/api/openapi.json) and the right-to-left web interface. It is read-only unless a token
is given with --token or the MARSAD_TOKEN environment variable: writes (POST
/api/documents, the ingest page) then need it as "Authorization: Bearer TOKEN".

Search answers and the computed views (entities, events, stories, timeline, dyads) are
cached in memory (--cache-mib, --cache-ttl). Every write to the store empties the cache:
the server's own writes at once, those of another process (marsad ingest on the same
store) within about a second, when the store's version counter is next read.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.token == "" {
				o.token = os.Getenv("MARSAD_TOKEN")
			}
			if o.cacheMiB < 0 || o.cacheTTL < 0 {
				return marsad.Errorf(marsad.EINVALID, "--cache-mib and --cache-ttl must not be negative (0 turns the cache off)")
			}
			db, err := m.openStore()
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "listen on %s: %v", addr, err)
			}
			return m.serve(cmd.Context(), db, ln, o)
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "the address to listen on")
	cmd.Flags().StringVar(&o.token, "token", "", "the token that allows writes (default $MARSAD_TOKEN; none: read-only)")
	cmd.Flags().Int64Var(&o.cacheMiB, "cache-mib", web.DefaultCacheBytes>>20, "the response cache's budget in MiB (0: no cache)")
	cmd.Flags().DurationVar(&o.cacheTTL, "cache-ttl", web.DefaultVersionedCacheTTL, "how long a cached answer lives (0: no cache)")
	return cmd
}

// serveOptions are serve's settings beyond the store and the listener.
type serveOptions struct {
	token    string        // allows writes; empty: read-only
	cacheMiB int64         // the response cache's budget; 0: no cache
	cacheTTL time.Duration // the life of a cached answer; 0: no cache
}

// defaultServe are the settings of a read-only server with the default cache.
var defaultServe = serveOptions{cacheMiB: web.DefaultCacheBytes >> 20, cacheTTL: web.DefaultVersionedCacheTTL}

// serve serves the store on ln until ctx is done.
func (m *Main) serve(ctx context.Context, db web.Store, ln net.Listener, o serveOptions) error {
	p, err := m.newPipeline(marsad.Date{})
	if err != nil {
		ln.Close()
		return err
	}
	var mu sync.Mutex // the cleaner's corpus statistics grow with each write
	s := web.NewServer(db)
	s.Token = o.token
	s.CacheBytes, s.CacheTTL = o.cacheMiB<<20, o.cacheTTL
	if o.cacheMiB == 0 || o.cacheTTL == 0 {
		s.CacheBytes = -1 // web reads zero as its default
	}
	s.Logger = m.Logger
	s.Analyze = func(a *marsad.Article) *marsad.Document {
		mu.Lock()
		p.Observe(a)
		mu.Unlock()
		return p.Analyze(a)
	}
	s.HTMLText = func(html string) (string, error) {
		a, err := ingest.ReadHTML("upload.html", []byte(html), "")
		if err != nil {
			return "", err
		}
		return a.Text, nil
	}
	mode := "read-only (give --token to allow writes)"
	if o.token != "" {
		mode = "writes allowed with the token"
	}
	fmt.Fprintf(m.Stdout, "marsad: serving http://%s/ (%s); Ctrl-C stops\n", ln.Addr(), mode)
	if f, ok := m.Stdout.(interface{ Sync() error }); ok {
		f.Sync()
	}
	err = s.Serve(ctx, ln)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
