// The Go side of cmapi's differential test (scripts/go-diff). It answers one JSON line per input
// line: the input is {"n": number, "fn": name, "text": string} or, for byte inputs,
// {"n", "fn", "bytes": base64}; the answer is {"n", "ok", "value", "kind", "msg"}. The value and
// kind are normalised so that the Node side (node/harness.ts) can produce the same shape from
// cmapi's ports; msg is the error text, compared separately.
//
// The packages under gosrc/ are copied in from upstream at run time by setup-go.sh.
package main

import (
	"bufio"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"godiff/gosrc/content"
	"godiff/gosrc/cron"
	"godiff/gosrc/ldap"
	nameserver "godiff/gosrc/nameserver"
)

type input struct {
	N     int    `json:"n"`
	Fn    string `json:"fn"`
	Text  string `json:"text"`
	Bytes string `json:"bytes"`
}

type answer struct {
	N     int    `json:"n"`
	Ok    bool   `json:"ok"`
	Value any    `json:"value,omitempty"`
	Kind  string `json:"kind,omitempty"`
	Msg   string `json:"msg,omitempty"`
}

func ok(v any) answer                { return answer{Ok: true, Value: v} }
func bad(kind string, err error) answer { return answer{Kind: kind, Msg: err.Error()} }
func hexOf(b []byte) string             { return hex.EncodeToString(b) }

// The 16-byte form of an address, as cmapi's parseIp gives it (IPv4 mapped into IPv6).
func sixteen(ip net.IP) string { return hexOf(ip.To16()) }

var cronSpec = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

func count(problems []string) answer {
	if len(problems) == 0 {
		return ok(nil)
	}
	return answer{Kind: strconv.Itoa(len(problems)), Msg: strings.Join(problems, "; ")}
}

var handlers = map[string]func(text string, data []byte) answer{
	"ip": func(s string, _ []byte) answer {
		if ip := net.ParseIP(s); ip != nil {
			return ok(sixteen(ip))
		}
		return answer{Msg: "not an IP"}
	},
	"cidr": func(s string, _ []byte) answer {
		ip, network, err := net.ParseCIDR(s)
		if err != nil {
			return bad("", err)
		}
		ones, bits := network.Mask.Size()
		return ok(fmt.Sprintf("%s/%d/%d", sixteen(ip), ones, bits))
	},
	"mail": func(s string, _ []byte) answer {
		a, err := mail.ParseAddress(s)
		if err != nil {
			return bad("", err)
		}
		return ok(a.Address)
	},
	// cert-manager's emailAddresses rule: parses, and the parsed address is the whole text
	"email": func(s string, _ []byte) answer {
		a, err := mail.ParseAddress(s)
		if err != nil {
			return bad("parse", err)
		}
		if a.Address != s {
			return answer{Kind: "not-bare"}
		}
		return ok(nil)
	},
	"url": func(s string, _ []byte) answer {
		u, err := url.ParseRequestURI(s)
		if err != nil {
			return bad("", err)
		}
		return ok([]string{u.Scheme, u.Host, u.Opaque})
	},
	"dns01ns": func(s string, _ []byte) answer {
		if err := nameserver.ValidDNS01Nameserver(s); err != nil {
			return bad("", err)
		}
		return ok(nil)
	},
	"rfc2136ns": func(s string, _ []byte) answer {
		if _, err := nameserver.ValidNameserver(s); err != nil {
			return bad("", err)
		}
		return ok(nil)
	},
	"splithostport": func(s string, _ []byte) answer {
		host, port, err := net.SplitHostPort(s)
		if err != nil {
			if e, isAddr := err.(*net.AddrError); isAddr {
				return answer{Msg: e.Err}
			}
			return bad("", err)
		}
		return ok([]string{host, port})
	},
	"duration": func(s string, _ []byte) answer {
		d, err := time.ParseDuration(s)
		if err != nil {
			return bad("", err)
		}
		return ok(strconv.FormatInt(int64(d), 10))
	},
	"durfmt": func(s string, _ []byte) answer {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return answer{Kind: "harness", Msg: "not an int64"}
		}
		return ok(time.Duration(n).String())
	},
	"quote": func(s string, _ []byte) answer { return ok(strconv.Quote(s)) },
	"pem": func(_ string, b []byte) answer {
		block, rest := pem.Decode(b)
		if block == nil {
			return answer{Msg: "no block"}
		}
		keys := make([]string, 0, len(block.Headers))
		for k := range block.Headers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		headers := make([]string, len(keys))
		for i, k := range keys {
			headers[i] = hexOf([]byte(k)) + "=" + hexOf([]byte(block.Headers[k]))
		}
		return ok([]string{hexOf([]byte(block.Type)), strings.Join(headers, ","), hexOf(block.Bytes), hexOf(rest)})
	},
	"csr": func(_ string, b []byte) answer {
		req, err := x509.ParseCertificateRequest(b)
		if err != nil {
			return bad("parse", err)
		}
		if err := req.CheckSignature(); err != nil {
			return bad("signature", err)
		}
		return ok(nil)
	},
	"dn": func(s string, _ []byte) answer {
		dn, err := ldap.ParseDN(s)
		if err != nil {
			return bad("", err)
		}
		rdns := make([][]string, len(dn.RDNs))
		for i, rdn := range dn.RDNs {
			rdns[i] = make([]string, len(rdn.Attributes))
			for j, a := range rdn.Attributes {
				rdns[i][j] = hexOf([]byte(a.Type)) + "=" + hexOf([]byte(a.Value))
			}
		}
		return ok(rdns)
	},
	"cron": func(s string, _ []byte) answer {
		if _, err := cronSpec.Parse(s); err != nil {
			return bad("", err)
		}
		return ok(nil)
	},
	"tz": func(s string, _ []byte) answer {
		if _, err := time.LoadLocation(s); err != nil {
			return bad("", err)
		}
		return ok(nil)
	},
	"dns1123":    func(s string, _ []byte) answer { return count(content.IsDNS1123Subdomain(s)) },
	"labelkey":   func(s string, _ []byte) answer { return count(content.IsLabelKey(s)) },
	"labelvalue": func(s string, _ []byte) answer { return count(content.IsLabelValue(s)) },
}

func answerOne(in input) (a answer) {
	defer func() {
		if p := recover(); p != nil {
			a = answer{Kind: "panic", Msg: fmt.Sprint(p)}
		}
	}()
	h, known := handlers[in.Fn]
	if !known {
		return answer{Kind: "harness", Msg: "unknown function " + in.Fn}
	}
	var data []byte
	if in.Bytes != "" {
		var err error
		if data, err = base64.StdEncoding.DecodeString(in.Bytes); err != nil {
			return answer{Kind: "harness", Msg: "bytes are not base64"}
		}
	}
	return h(in.Text, data)
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for scanner.Scan() {
		var in input
		if err := json.Unmarshal(scanner.Bytes(), &in); err != nil {
			fmt.Fprintln(os.Stderr, "unreadable input line:", err)
			os.Exit(2)
		}
		a := answerOne(in)
		a.N = in.N
		if err := enc.Encode(a); err != nil {
			fmt.Fprintln(os.Stderr, "cannot write:", err)
			os.Exit(2)
		}
	}
	w.Flush()
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "cannot read:", err)
		os.Exit(2)
	}
}
