-- A second real LSP client: Neovim (0.7+) starts dist/server.js --stdio and checks hover and symbols.
local article = os.getenv('ARTICLE')
local server = os.getenv('SERVER')
local function fail(msg) io.stdout:write('neovim: FAIL ' .. msg .. '\n'); vim.cmd('cquit 1') end

vim.cmd('edit ' .. vim.fn.fnameescape(article))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = 'arabic-news', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.fnamemodify(article, ':h') })
if not id then fail('start_client returned nil') end
vim.lsp.buf_attach_client(buf, id)
local ready = vim.wait(20000, function()
  local c = vim.lsp.get_client_by_id(id)
  return c ~= nil and c.server_capabilities ~= nil and c.server_capabilities.hoverProvider == true
end, 50)
if not ready then fail('server did not initialise') end

local line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
local byte = string.find(line, 'لافروف', 1, true)
if not byte then fail('name not in first line') end
local _, col16 = vim.str_utfindex(line, byte)
local uri = vim.uri_from_bufnr(buf)
local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = col16 } }, 15000)
local hover = ''
for _, r in pairs(res or {}) do
  if r.result and r.result.contents then hover = hover .. (r.result.contents.value or vim.inspect(r.result.contents)) end
end
if not string.find(hover, 'Person', 1, true) then fail('hover did not say Person: ' .. hover) end

local syms = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 15000)
local names = {}
for _, r in pairs(syms or {}) do for _, s in ipairs(r.result or {}) do table.insert(names, s.name) end end
if not vim.tbl_contains(names, 'Persons') then fail('no Persons group in symbols: ' .. table.concat(names, ', ')) end

io.stdout:write('neovim: hover and document symbols OK (' .. table.concat(names, ', ') .. ')\n')
vim.lsp.stop_client(id)
vim.cmd('qall!')
