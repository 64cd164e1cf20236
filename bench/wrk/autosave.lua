-- The autosave of step 1 as casework.js sends it while someone types: the step form's fields (FormData) plus
-- autosave=true, header X-Requested-With: fetch, the user's _csrf token, and the version the previous autosave got
-- back in X-Case-Version (one request at a time per connection, like the page script). Each save changes the text
-- of "own strength" a little. Arguments: sessions file.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
require "common"

local session, path, headers
local version
local n = 0

function init(args)
	session = load_session(args[1])
	path = "/cases/" .. session.case_id .. "/steps/effect"
	version = session.version
	headers = {
		["Cookie"] = session.cookie,
		["Content-Type"] = "application/x-www-form-urlencoded",
		["X-Requested-With"] = "fetch",
		["Accept"] = "*/*",
		["Accept-Language"] = "nl-NL,nl;q=0.9",
	}
end

function request()
	n = n + 1
	local body = "version=" .. version .. "&" .. session.fields .. "&ownStrength=" .. session.own
		.. "+%28" .. tid .. "." .. n .. "%29&autosave=true"
	return wrk.format("POST", path, headers, body)
end

function response(status, hdrs, body)
	count(status)
	local v = hdrs["X-Case-Version"] or hdrs["x-case-version"]
	if status == 204 and v then
		version = v
	end
end
