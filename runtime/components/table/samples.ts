/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Orders",
  "data": [
    {
      "id": 1,
      "total": 12.5,
      "note": null
    },
    {
      "id": 2,
      "total": 7,
      "tags": [
        "a"
      ]
    }
  ],
  "columns": [
    {
      "id": "id",
      "name": "Order",
      "type": "numeric"
    },
    {
      "id": "total",
      "name": "Total",
      "format": "$,.2f"
    },
    {
      "id": "note"
    }
  ],
  "pageSize": 0,
  "sortable": false,
  "filterable": true,
  "rowSelection": "single",
  "selectedRows": [
    1
  ],
  "activeCell": {
    "row": 0,
    "column": "total"
  },
  "sortBy": [
    {
      "column": "total",
      "direction": "desc"
    }
  ],
  "page": 0
};
