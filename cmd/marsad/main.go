// Command marsad turns Arabic news reports into verifiable event data: it
// reads and cleans articles, analyses them, stores and searches them, and
// exports analysis records.
//
// Run "marsad demo" for a tour on the bundled sample corpus, and
// "marsad help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := NewMain().Run(ctx, os.Args[1:])
	stop()
	if err != nil {
		os.Exit(exitCode(err))
	}
}

// errReported says that a command failed and has already told the user why.
var errReported = errors.New("failed")

// exitCode maps an error to the process's exit status: 2 for bad usage, 1
// for any other failure.
func exitCode(err error) int {
	if marsad.ErrorCode(err) == marsad.EINVALID {
		return 2
	}
	return 1
}

// Main is the program: its configuration, its output streams and the
// resources its commands open. Tests drive it the way a user would.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	// IsTerminal reports whether progress bars may be drawn on Stderr.
	IsTerminal bool

	DBPath   string
	KBFiles  []string // --kb: the user's knowledge-base files
	LogLevel string
	Logger   *slog.Logger

	closers []io.Closer
}

// NewMain returns a Main writing to the process's standard streams.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr, IsTerminal: isTerminal(os.Stderr)}
}

// Run executes the command line args and returns its error, which it has
// already printed.
func (m *Main) Run(ctx context.Context, args []string) error {
	defer m.Close()
	root := m.rootCommand()
	root.SetArgs(args)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && !errors.Is(err, errReported) {
		fmt.Fprintf(m.Stderr, "marsad: %v\n", err)
	}
	return err
}

// Close releases what the commands opened.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i].Close())
	}
	m.closers = nil
	return errors.Join(errs...)
}

func (m *Main) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "marsad",
		Short: "marsad turns Arabic news into verifiable event data",
		Long: `marsad (مرصد) reads Arabic news reports (plain text, HTML, JSON Lines, RSS and Atom
feeds), cleans them of scraped boilerplate, analyses the Arabic, stores and searches
the documents, and writes analysis records that keep every fact tied to its text.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return m.setupLogging()
		},
	}
	root.PersistentFlags().StringVar(&m.LogLevel, "log-level", "warn", "log level: debug, info, warn or error")
	root.PersistentFlags().StringSliceVar(&m.KBFiles, "kb", nil, "a knowledge-base file (TSV or JSON Lines) to add to the shipped one; repeatable")
	root.AddCommand(
		m.analyzeCommand(),
		m.ingestCommand(),
		m.exportCommand(),
		m.searchCommand(),
		m.evalCommand(),
		m.serveCommand(),
		m.demoCommand(),
		m.benchCommand(),
		m.entitiesCommand(),
		m.eventsCommand(),
		m.timelineCommand(),
		m.dyadCommand(),
		m.nerCommand(),
		m.trainNERCommand(),
	)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return marsad.Errorf(marsad.EINVALID, "%v (see 'marsad %s --help')", err, cmd.Name())
	})
	return root
}

func (m *Main) setupLogging() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(m.LogLevel)); err != nil {
		return marsad.Errorf(marsad.EINVALID, "invalid --log-level %q: want debug, info, warn or error", m.LogLevel)
	}
	m.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(m.Logger)
	return nil
}

// dbFlag adds the --db flag to cmd.
func (m *Main) dbFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&m.DBPath, "db", "marsad.db", "path of the SQLite store")
}
