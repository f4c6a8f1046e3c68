package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"strconv"
	"strings"
	"sync"

	marsad "github.com/marsad-project/marsad"
	"github.com/mmcdole/gofeed"
)

// fetchWorkers bounds the item pages fetched at once.
const fetchWorkers = 4

// hostFailures is how many network failures on a host make the feed reader
// stop fetching from it (dead or unresolvable hosts then cost little).
const hostFailures = 2

// ReadFeed yields the items of an RSS 1, RSS 2 or Atom feed as articles:
// title, link (URL), published (the item's date, else its update date)
// and outlet (the feed's title). With opt.FetchItems, the page of each
// http(s) link is fetched within opt.Timeout and opt.MaxSize and read as
// HTML, the item's fields winning over the page's; when it is not fetched
// or the fetch fails, the item's content or description, stripped to
// paragraphs, is the text. An item with neither yields an *InputError
// naming its link and the reason. The ID is URLID of the link, else a hash
// of the GUID, else "ID(name):N" for the Nth item. A feed that does not
// parse yields one *InputError naming name.
func ReadFeed(ctx context.Context, name string, data []byte, opt Options) iter.Seq2[*marsad.Article, error] {
	opt = opt.withDefaults()
	return func(yield func(*marsad.Article, error) bool) {
		feed, err := parseFeed(data)
		if err != nil {
			yield(nil, &InputError{Input: name, Err: err})
			return
		}
		base, _ := url.Parse(feed.Link)
		if base == nil || !base.IsAbs() {
			base, _ = url.Parse(name)
		}
		if base != nil && !base.IsAbs() {
			base = nil
		}
		items := feed.Items
		links := make([]string, len(items))
		for i, it := range items {
			if it != nil {
				links[i] = itemLink(it, base)
			}
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		pages := make([]chan pageResult, len(items))
		if opt.FetchItems {
			pages = startFetches(ctx, links, opt)
		}
		outlet := oneLine(feed.Title)
		for i, it := range items {
			if err := ctx.Err(); err != nil {
				yield(nil, &InputError{Input: name, Err: err})
				return
			}
			if it == nil {
				continue
			}
			var page *pageResult
			if pages[i] != nil {
				p := <-pages[i]
				page = &p
			}
			a, err := itemArticle(name, i+1, it, links[i], outlet, page)
			if !yield(a, err) {
				return
			}
		}
	}
}

// parseFeed parses a feed, turning a panic in the parser into an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("%w: feed parser panicked: %v", ErrSyntax, r)
		}
	}()
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
	default:
		return nil, fmt.Errorf("%w: not an RSS or Atom feed", ErrSyntax)
	}
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: parse feed: %v", ErrSyntax, err)
	}
	return feed, nil
}

// itemLink returns the item's link, resolved against the feed's address.
func itemLink(it *gofeed.Item, base *url.URL) string {
	link := strings.TrimSpace(it.Link)
	if link == "" {
		for _, l := range it.Links {
			if l = strings.TrimSpace(l); l != "" {
				link = l
				break
			}
		}
	}
	if link == "" && isURL(strings.TrimSpace(it.GUID)) {
		link = strings.TrimSpace(it.GUID)
	}
	if link == "" || base == nil {
		return link
	}
	if u, err := url.Parse(link); err == nil && !u.IsAbs() {
		return base.ResolveReference(u).String()
	}
	return link
}

type pageResult struct {
	a   *marsad.Article
	err error
}

// startFetches fetches the http(s) links with a few workers, each result on
// its own channel (nil for links not fetched). After hostFailures network
// failures on a host its other links are not fetched.
func startFetches(ctx context.Context, links []string, opt Options) []chan pageResult {
	out := make([]chan pageResult, len(links))
	var (
		mu     sync.Mutex
		failed = map[string]int{}
	)
	jobs := make(chan int)
	for i, l := range links {
		if isURL(l) {
			out[i] = make(chan pageResult, 1)
		}
	}
	for range fetchWorkers {
		go func() {
			for i := range jobs {
				link := links[i]
				host := ""
				if u, err := url.Parse(link); err == nil {
					host = strings.ToLower(u.Host)
				}
				mu.Lock()
				dead := failed[host] >= hostFailures
				mu.Unlock()
				if dead {
					out[i] <- pageResult{err: fmt.Errorf("fetch: skipped after %d failures on host %s", hostFailures, host)}
					continue
				}
				data, _, final, err := fetch(ctx, link, opt)
				if err != nil {
					if !errors.Is(err, ErrTooLarge) && !strings.HasPrefix(err.Error(), "fetch: HTTP") {
						mu.Lock()
						failed[host]++
						mu.Unlock()
					}
					out[i] <- pageResult{err: err}
					continue
				}
				a, err := ReadHTML(final, data, final)
				out[i] <- pageResult{a: a, err: err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range links {
			if out[i] == nil {
				continue
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				for j := i; j < len(links); j++ {
					if out[j] != nil {
						out[j] <- pageResult{err: ctx.Err()}
					}
				}
				return
			}
		}
	}()
	return out
}

// itemArticle builds the article of the nth item from its fetched page,
// or else from its own content.
func itemArticle(name string, n int, it *gofeed.Item, link, outlet string, page *pageResult) (*marsad.Article, error) {
	input := link
	if input == "" {
		input = name + ":item " + strconv.Itoa(n)
	}
	var a *marsad.Article
	var reason error
	if page != nil && page.err == nil {
		a = page.a
	} else {
		if page != nil {
			reason = page.err
		}
		content := it.Content
		if strings.TrimSpace(content) == "" {
			content = it.Description
		}
		text, err := stripHTML(content)
		if err == nil && text != "" {
			a = &marsad.Article{Text: text}
		} else {
			if reason == nil {
				reason = fmt.Errorf("%w: item has no content or description", ErrNoContent)
			} else {
				reason = fmt.Errorf("%w, and the item has no content or description", reason)
			}
			return nil, &InputError{Input: input, Err: reason}
		}
	}
	a.Format = marsad.FormatFeed
	a.Source = input
	if link != "" {
		a.URL = link
	}
	if t := oneLine(it.Title); t != "" {
		a.Title = t
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = *it.PublishedParsed
	case it.UpdatedParsed != nil && a.Published.IsZero():
		a.Published = *it.UpdatedParsed
	}
	if outlet != "" {
		a.Outlet = outlet
	} else if a.Outlet == "" {
		if u, err := url.Parse(link); err == nil && u.Host != "" {
			a.Outlet = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	switch guid := strings.TrimSpace(it.GUID); {
	case link != "":
		a.ID = URLID(link)
	case guid != "":
		a.ID = hashID(guid)
	default:
		a.ID = ID(name) + ":" + strconv.Itoa(n)
	}
	return a, nil
}
