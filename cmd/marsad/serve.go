package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/web"
	"github.com/spf13/cobra"
)

func (m *Main) serveCommand() *cobra.Command {
	var addr, token string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store: a JSON API under /api/ and an Arabic web interface",
		Long: `serve answers HTTP on --addr: the JSON API under /api/ (its OpenAPI document at
/api/openapi.json) and the right-to-left web interface. It is read-only unless a token
is given with --token or the MARSAD_TOKEN environment variable: writes (POST
/api/documents, the ingest page) then need it as "Authorization: Bearer TOKEN".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if token == "" {
				token = os.Getenv("MARSAD_TOKEN")
			}
			db, err := m.openStore()
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "listen on %s: %v", addr, err)
			}
			return m.serve(cmd.Context(), db, ln, token)
		},
	}
	m.dbFlag(cmd)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "the address to listen on")
	cmd.Flags().StringVar(&token, "token", "", "the token that allows writes (default $MARSAD_TOKEN; none: read-only)")
	return cmd
}

// serve serves the store on ln until ctx is done.
func (m *Main) serve(ctx context.Context, db web.Store, ln net.Listener, token string) error {
	p, err := m.newPipeline(marsad.Date{})
	if err != nil {
		ln.Close()
		return err
	}
	var mu sync.Mutex // the cleaner's corpus statistics grow with each write
	s := web.NewServer(db)
	s.Token = token
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
	if token != "" {
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
