-- Shared by get.lua and autosave.lua. run.sh starts wrk with as many threads as connections, so each thread has
-- one connection, and each thread takes its own line of the sessions file: one connection is one signed-in user.
-- A line is: cookie <TAB> case id <TAB> _csrf <TAB> version <TAB> form fields <TAB> ownStrength (see run.sh).

local threads = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("tid", counter)
	table.insert(threads, thread)
end

function load_session(file)
	local n = 0
	for line in io.lines(file) do
		n = n + 1
		if n == tid then
			local f = {}
			for field in (line .. "\t"):gmatch("([^\t]*)\t") do
				table.insert(f, field)
			end
			return { cookie = f[1], case_id = f[2], csrf = f[3], version = f[4], fields = f[5], own = f[6] }
		end
	end
	error("sessions file " .. file .. " has no line " .. tid)
end

-- Status counts per thread, added up in done(); wrk itself counts 3xx as success.
ok, n3xx, n4xx, n5xx = 0, 0, 0, 0

function count(status)
	if status >= 200 and status < 300 then ok = ok + 1
	elseif status < 400 then n3xx = n3xx + 1
	elseif status < 500 then n4xx = n4xx + 1
	else n5xx = n5xx + 1 end
end

function done(summary, latency, requests)
	local t = { ok = 0, n3xx = 0, n4xx = 0, n5xx = 0 }
	for _, thread in ipairs(threads) do
		for k, _ in pairs(t) do
			t[k] = t[k] + (thread:get(k) or 0)
		end
	end
	local e = summary.errors
	io.write(string.format(
		"BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d ok=%d n3xx=%d n4xx=%d n5xx=%d "
			.. "timeouts=%d socket_errors=%d\n",
		summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
		t.ok, t.n3xx, t.n4xx, t.n5xx, e.timeout, e.connect + e.read + e.write))
end
