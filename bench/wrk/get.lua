-- GET one page as the connection's user. Arguments: path ({case} becomes the user's case id), sessions file.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
require "common"

local req

function init(args)
	local session = load_session(args[2])
	local path = args[1]:gsub("{case}", session.case_id)
	req = wrk.format("GET", path, { ["Cookie"] = session.cookie, ["Accept"] = "text/html", ["Accept-Language"] = "nl-NL,nl;q=0.9" })
end

function request()
	return req
end

function response(status, headers, body)
	count(status)
end
